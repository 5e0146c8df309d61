// Events by id, for batch loading.
// Parameters: $ids (event ids).
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN e {.*} AS event
