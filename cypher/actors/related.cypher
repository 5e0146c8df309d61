// Actors linked to each given actor by MEMBER_OF or REPRESENTS, in either direction.
// Parameters: $ids (actor ids), $type ('MEMBER_OF' | 'REPRESENTS'), $outgoing (true: a->other).
UNWIND $ids AS id
MATCH (a:Actor {id: id})-[r:MEMBER_OF|REPRESENTS]-(other:Actor)
WHERE type(r) = $type AND (startNode(r) = a) = $outgoing
RETURN id AS key, other {.*} AS actor
ORDER BY other.id
