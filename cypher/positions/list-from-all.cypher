// A page of positions of every holder on every issue (no id given to start from).
// Not a query alone: list-page.cypher, the columns and collect-rows.cypher follow
// (PositionsRepository.list joins them).
// Parameters: those of list-page.cypher.
MATCH (h:Holder)-[:HOLDS]->(p:Position)-[:ON]->(i:Issue)
