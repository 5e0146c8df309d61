// Actors by id, for batch loading (one query for any number of ids).
// Parameters: $ids (list of actor ids).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a {.*} AS actor
