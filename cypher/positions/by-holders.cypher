// The positions of each given holder (actor or proposal) valid at $asOf, optionally on one issue.
// Returns what the query selects (see src/positions/position-selection.ts): $fields, the position
// properties to return as `values` in that order (dates as epoch milliseconds, cheap to decode),
// and the holder, the issue and the evidence when $withHolder, $withIssue, $withEvidence: each node
// whole (a map), or when $holderFields, $issueFields, $sourceFields are given a list of those
// properties in order (the holder's type first; the ids are columns): lists decode faster than maps.
// Evidence is {quote, source} with a whole source, else [quote, source id, source properties].
// `actor(id) { positions }` is one read of this query: the holder comes with each row (a holder
// without such positions has no row: its caller reads it alone).
// Parameters: $ids (holder ids), $asOf (ISO date-time), $issue (issue id or null), $fields,
//   $withHolder, $withIssue, $withEvidence, $holderFields, $issueFields, $sourceFields (lists or null).
UNWIND $ids AS id
MATCH (h:Holder {id: id})-[:HOLDS]->(p:Position)-[:ON]->(i:Issue)
WHERE p.validFrom <= datetime($asOf) AND (p.validTo IS NULL OR datetime($asOf) < p.validTo)
  AND ($issue IS NULL OR i.id = $issue)
RETURN id AS key,
  p.id AS id, id AS holderId, i.id AS issueId, [field IN $fields |
    CASE WHEN field IN ['validFrom', 'validTo', 'recordedAt'] THEN p[field].epochMillis ELSE p[field] END] AS values,
  CASE WHEN $withHolder THEN CASE WHEN $holderFields IS NULL THEN h {.*, holderType: CASE WHEN h:Proposal THEN 'Proposal' ELSE 'Actor' END}
    ELSE [CASE WHEN h:Proposal THEN 'Proposal' ELSE 'Actor' END] + [f IN $holderFields | h[f]] END END AS holder,
  CASE WHEN $withIssue THEN CASE WHEN $issueFields IS NULL THEN i {.*, parentId: head([(i)-[:PART_OF]->(parent:Issue) | parent.id])}
    ELSE [f IN $issueFields | i[f]] END END AS issue,
  CASE WHEN $withEvidence THEN COLLECT {
    MATCH (p)-[e:EVIDENCED_BY]->(s:Source)
    RETURN CASE WHEN $sourceFields IS NULL THEN {quote: e.quote, source: s {.*}}
      ELSE [e.quote, s.id, [f IN $sourceFields | s[f]]] END AS evidence ORDER BY s.id, e.quote
  } END AS evidence
ORDER BY i.id
