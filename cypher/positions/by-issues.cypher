// The positions on each given issue valid at $asOf.
// Returns what the query selects (see src/positions/position-selection.ts): $fields, the position
// properties to return as `values` in that order (dates as epoch milliseconds, cheap to decode),
// and the holder, the issue and the evidence when $withHolder, $withIssue, $withEvidence.
// Parameters: $ids (issue ids), $asOf (ISO date-time), $fields, $withHolder, $withIssue, $withEvidence.
UNWIND $ids AS id
MATCH (h:Holder)-[:HOLDS]->(p:Position)-[:ON]->(i:Issue {id: id})
WHERE p.validFrom <= datetime($asOf) AND (p.validTo IS NULL OR datetime($asOf) < p.validTo)
RETURN id AS key,
  p {.id, holderId: h.id, issueId: id, values: [field IN $fields |
    CASE WHEN field IN ['validFrom', 'validTo', 'recordedAt'] THEN p[field].epochMillis ELSE p[field] END]} AS position,
  CASE WHEN $withHolder THEN h {.*, holderType: CASE WHEN h:Proposal THEN 'Proposal' ELSE 'Actor' END} END AS holder,
  CASE WHEN $withIssue THEN i {.*, parentId: head([(i)-[:PART_OF]->(parent:Issue) | parent.id])} END AS issue,
  CASE WHEN $withEvidence THEN COLLECT {
    MATCH (p)-[e:EVIDENCED_BY]->(s:Source)
    RETURN {quote: e.quote, source: s {.*}} AS evidence ORDER BY s.id, e.quote
  } END AS evidence
ORDER BY h.id
