// The positions of each given holder (actor or proposal) valid at $asOf, optionally on one issue.
// Parameters: $ids (holder ids), $asOf (ISO date-time), $issue (issue id or null).
UNWIND $ids AS id
MATCH (:Holder {id: id})-[:HOLDS]->(p:Position)-[:ON]->(i:Issue)
WHERE p.validFrom <= datetime($asOf) AND (p.validTo IS NULL OR datetime($asOf) < p.validTo)
  AND ($issue IS NULL OR i.id = $issue)
RETURN id AS key, p {.*, holderId: id, issueId: i.id} AS position
ORDER BY i.id
