// A page of positions of every holder on every issue (no id given to start from).
// Not a query alone: the where-*.cypher filters asked for, list-page.cypher, the columns and
// collect-rows.cypher follow (PositionsRepository.list joins them).
// Parameters: those of the parts that follow.
MATCH (h:Holder)-[:HOLDS]->(p:Position)-[:ON]->(i:Issue)
