// The positions on each given issue valid at $asOf. Not a query alone: columns.cypher, the
// optional columns, order-by-holder.cypher and collect-rows.cypher follow (PositionsRepository
// joins them), `key` being the issue id asked for.
// Parameters: $ids (issue ids), $asOf (ISO date-time), and those of the columns.
UNWIND $ids AS key
MATCH (h:Holder)-[:HOLDS]->(p:Position)-[:ON]->(i:Issue {id: key})
WHERE p.validFrom <= datetime($asOf) AND (p.validTo IS NULL OR datetime($asOf) < p.validTo)
WITH key, h, p, i
