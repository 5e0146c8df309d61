// The participants of each given event, with their roles.
// Parameters: $ids (event ids).
UNWIND $ids AS id
MATCH (a:Actor)-[r:PARTICIPATED_IN]->(:Event {id: id})
RETURN id AS key, a {.*} AS actor, r.role AS role
ORDER BY a.id
