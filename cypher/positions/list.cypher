// A page of positions ordered by id, with the total count, with the page's holders and issues
// (for `holder` and `issue` without more round trips). Positions valid at $asOf unless $history is
// true (then every version). The branch that runs starts from the most selective given id (an
// index seek), never from a scan filtered by `$x IS NULL OR ...`; the matches are collected as
// node references and only the page is projected; holders and issues come once each.
// Returns what the query selects (see src/positions/position-selection.ts): $fields, the position
// properties to return as `values` in that order (dates as epoch milliseconds, cheap to decode),
// and the holder, the issue and the evidence when $withHolder, $withIssue, $withEvidence.
// Parameters: $holder, $issue (ids or null), $category (IssueCategory or null), $asOf (ISO date-time), $history (bool),
//   $redLineOnly (bool), $minSalience (0-1 or null), $after (last id of the previous page or null), $limit (page size + 1),
//   $fields, $withHolder, $withIssue, $withEvidence.
CALL () {
  WITH 1 AS branch WHERE $issue IS NOT NULL
  MATCH (h:Holder)-[:HOLDS]->(p:Position)-[:ON]->(i:Issue {id: $issue})
  WHERE $holder IS NULL OR h.id = $holder
  RETURN h, p, i
  UNION ALL
  WITH 1 AS branch WHERE $issue IS NULL AND $holder IS NOT NULL
  MATCH (h:Holder {id: $holder})-[:HOLDS]->(p:Position)-[:ON]->(i:Issue)
  RETURN h, p, i
  UNION ALL
  WITH 1 AS branch WHERE $issue IS NULL AND $holder IS NULL
  MATCH (h:Holder)-[:HOLDS]->(p:Position)-[:ON]->(i:Issue)
  RETURN h, p, i
}
WITH h, p, i
WHERE ($category IS NULL OR i.category = $category)
  AND ($history OR (p.validFrom <= datetime($asOf) AND (p.validTo IS NULL OR datetime($asOf) < p.validTo)))
  AND (NOT $redLineOnly OR p.redLine)
  AND ($minSalience IS NULL OR p.salience >= $minSalience)
WITH h, p, i ORDER BY p.id
WITH collect([h, p, i]) AS matched
WITH size(matched) AS total, [row IN matched WHERE $after IS NULL OR row[1].id > $after][0..$limit] AS rows
CALL (rows) {
  UNWIND rows AS row
  WITH row[0] AS h, row[1] AS p, row[2] AS i
  WITH collect({
    position: p {.id, holderId: h.id, issueId: i.id, values: [field IN $fields |
      CASE WHEN field IN ['validFrom', 'validTo', 'recordedAt'] THEN p[field].epochMillis ELSE p[field] END]},
    evidence: CASE WHEN $withEvidence THEN COLLECT {
      MATCH (p)-[e:EVIDENCED_BY]->(s:Source)
      RETURN {quote: e.quote, source: s {.*}} AS evidence ORDER BY s.id, e.quote
    } END
  }) AS page, collect(DISTINCT CASE WHEN $withHolder THEN h END) AS holders,
    collect(DISTINCT CASE WHEN $withIssue THEN i END) AS issues
  RETURN page,
    [h IN holders | h {.*, holderType: CASE WHEN h:Proposal THEN 'Proposal' ELSE 'Actor' END}] AS holders,
    [i IN issues | i {.*, parentId: head([(i)-[:PART_OF]->(parent:Issue) | parent.id])}] AS issues
}
RETURN total, page, holders, issues
