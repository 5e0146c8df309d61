// Links two actors by MEMBER_OF or REPRESENTS (idempotent; relationship types cannot be parameters,
// so each type has its own guarded MERGE).
// Parameters: $from, $to (actor ids), $type ('MEMBER_OF' | 'REPRESENTS').
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
FOREACH (_ IN CASE WHEN $type = 'MEMBER_OF' THEN [1] ELSE [] END | MERGE (a)-[:MEMBER_OF]->(b))
FOREACH (_ IN CASE WHEN $type = 'REPRESENTS' THEN [1] ELSE [] END | MERGE (a)-[:REPRESENTS]->(b))
RETURN a.id AS from, b.id AS to
