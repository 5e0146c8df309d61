// A page of positions, starting from holder $holder (an index seek), on any issue.
// Not a query alone: the where-*.cypher filters asked for, list-page.cypher, the columns and
// collect-rows.cypher follow (PositionsRepository.list joins them).
// Parameters: $holder (id), and those of the parts that follow.
MATCH (h:Holder {id: $holder})-[:HOLDS]->(p:Position)-[:ON]->(i:Issue)
