// A page of positions, starting from issue $issue (an index seek), of holder $holder when given.
// Not a query alone: list-page.cypher, the columns and collect-rows.cypher follow
// (PositionsRepository.list joins them).
// Parameters: $issue (id), $holder (id or null), and those of list-page.cypher.
MATCH (h:Holder)-[:HOLDS]->(p:Position)-[:ON]->(i:Issue {id: $issue})
WHERE $holder IS NULL OR h.id = $holder
