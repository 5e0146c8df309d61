// The positions of each given holder (actor or proposal) on issue $issue valid at $asOf, as
// by-holders.cypher reads them (the same parts follow, `key` being the holder id asked for).
// Started from the issue (an index seek and its positions) rather than from each holder: the
// holders' positions on every other issue are never read. `actors { positions(issue: ...) }` over
// 300 actors of 55 positions each: 8-11 ms through the driver, against 60-78 ms from the holders.
// Parameters: $ids (holder ids), $asOf (ISO date-time), $issue (issue id), and those of the columns.
MATCH (h:Holder)-[:HOLDS]->(p:Position)-[:ON]->(i:Issue {id: $issue})
WHERE h.id IN $ids AND p.validFrom <= datetime($asOf) AND (p.validTo IS NULL OR datetime($asOf) < p.validTo)
WITH h.id AS key, h, p, i
