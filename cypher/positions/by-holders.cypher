// The positions of each given holder (actor or proposal) valid at $asOf, optionally on one issue,
// each with its issue and, when $withEvidence, its evidence: one round trip for what
// `actor { positions { issue evidence } }` shows. Dates are epoch milliseconds (cheap to decode).
// Parameters: $ids (holder ids), $asOf (ISO date-time), $issue (issue id or null), $withEvidence (bool).
UNWIND $ids AS id
MATCH (:Holder {id: id})-[:HOLDS]->(p:Position)-[:ON]->(i:Issue)
WHERE p.validFrom <= datetime($asOf) AND (p.validTo IS NULL OR datetime($asOf) < p.validTo)
  AND ($issue IS NULL OR i.id = $issue)
RETURN id AS key,
  p {.id, .value, .salience, .acceptableMin, .acceptableMax, .redLine, .statement, .codingNote,
  .codingConfidence, .confidence, validFrom: p.validFrom.epochMillis, validTo: p.validTo.epochMillis,
  recordedAt: p.recordedAt.epochMillis,
  holderId: id, issueId: i.id} AS position,
  i {.*, parentId: head(COLLECT { MATCH (i)-[:PART_OF]->(parent:Issue) RETURN parent.id })} AS issue,
  CASE WHEN $withEvidence THEN COLLECT {
    MATCH (p)-[e:EVIDENCED_BY]->(s:Source)
    RETURN {quote: e.quote, source: s {.*}} AS evidence ORDER BY s.id, e.quote
  } END AS evidence
ORDER BY i.id
