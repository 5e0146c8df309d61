// A page of positions, starting from issue $issue (an index seek).
// Not a query alone: the where-*.cypher filters asked for (where-holder.cypher for one holder's),
// list-page.cypher, the columns and collect-rows.cypher follow (PositionsRepository.list joins them).
// Parameters: $issue (id), and those of the parts that follow.
MATCH (h:Holder)-[:HOLDS]->(p:Position)-[:ON]->(i:Issue {id: $issue})
