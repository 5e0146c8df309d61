// A page of positions ordered by id, one row each with the total count, and with its holder, issue
// and evidence when selected (for `holder`, `issue` and `evidence` without more round trips).
// Positions valid at $asOf unless $history is true (then every version). The branch that runs starts from the most selective given id (an
// index seek), never from a scan filtered by `$x IS NULL OR ...`; the matches are collected as
// node references and only the page is projected.
// Returns what the query selects (see src/positions/position-selection.ts): $fields, the position
// properties to return as `values` in that order (dates as epoch milliseconds, cheap to decode),
// and the holder, the issue and the evidence when $withHolder, $withIssue, $withEvidence: each node
// whole (a map), or when $holderFields, $issueFields, $sourceFields are given a list of those
// properties in order (the holder's type first; the ids are columns): lists decode faster than maps.
// Evidence is {quote, source} with a whole source, else [quote, source id, source properties].
// Parameters: $holder, $issue (ids or null), $category (IssueCategory or null), $asOf (ISO date-time), $history (bool),
//   $redLineOnly (bool), $minSalience (0-1 or null), $after (last id of the previous page or null), $limit (page size + 1),
//   $fields, $withHolder, $withIssue, $withEvidence, $holderFields, $issueFields, $sourceFields (lists or null).
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
// One row per position of the page (flat rows decode far faster than one row of nested maps); an
// empty page is one row without a position, so that the total still arrives.
UNWIND CASE WHEN size(rows) = 0 THEN [null] ELSE rows END AS row
WITH total, row[0] AS h, row[1] AS p, row[2] AS i
RETURN total, p.id AS id, h.id AS holderId, i.id AS issueId,
  [field IN $fields | CASE WHEN field IN ['validFrom', 'validTo', 'recordedAt'] THEN p[field].epochMillis ELSE p[field] END] AS values,
  CASE WHEN $withHolder AND h IS NOT NULL THEN
    CASE WHEN $holderFields IS NULL THEN h {.*, holderType: CASE WHEN h:Proposal THEN 'Proposal' ELSE 'Actor' END}
    ELSE [CASE WHEN h:Proposal THEN 'Proposal' ELSE 'Actor' END] + [f IN $holderFields | h[f]] END
  END AS holder,
  CASE WHEN $withIssue AND i IS NOT NULL THEN
    CASE WHEN $issueFields IS NULL THEN i {.*, parentId: head([(i)-[:PART_OF]->(parent:Issue) | parent.id])}
    ELSE [f IN $issueFields | i[f]] END
  END AS issue,
  CASE WHEN $withEvidence AND p IS NOT NULL THEN COLLECT {
    MATCH (p)-[e:EVIDENCED_BY]->(s:Source)
    RETURN CASE WHEN $sourceFields IS NULL THEN {quote: e.quote, source: s {.*}}
      ELSE [e.quote, s.id, [f IN $sourceFields | s[f]]] END AS evidence ORDER BY s.id, e.quote
  } END AS evidence
