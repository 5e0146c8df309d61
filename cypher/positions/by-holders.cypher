// The positions of each given holder (actor or proposal) valid at $asOf, on every issue.
// Not a query alone: columns.cypher, the optional columns, order-by-issue.cypher and
// collect-rows.cypher follow (PositionsRepository joins them), `key` being the holder id asked for.
// `actor(id) { positions }` is one read of this query: the holder comes with each row (a holder
// without such positions has no record: its caller reads it alone). On one issue,
// by-holders-on-issue.cypher starts from the issue instead.
// Parameters: $ids (holder ids), $asOf (ISO date-time), $issue (null), and those of the columns.
UNWIND $ids AS key
MATCH (h:Holder {id: key})-[:HOLDS]->(p:Position)-[:ON]->(i:Issue)
WHERE p.validFrom <= datetime($asOf) AND (p.validTo IS NULL OR datetime($asOf) < p.validTo)
WITH key, h, p, i
