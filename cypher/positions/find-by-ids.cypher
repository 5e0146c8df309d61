// Positions by id, for batch loading, with their holder's and issue's ids.
// Parameters: $ids (position ids).
UNWIND $ids AS id
MATCH (h:Holder)-[:HOLDS]->(p:Position {id: id})-[:ON]->(i:Issue)
RETURN p {.*, holderId: h.id, issueId: i.id} AS position
