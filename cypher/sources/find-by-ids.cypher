// Sources by id, for batch loading.
// Parameters: $ids (source ids).
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s {.*} AS source
