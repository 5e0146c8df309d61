// The columns of a position read (list, by-holders, by-issues), after their RETURN: a position p
// with its holder h and issue i, as much as the GraphQL query shows (src/positions/position-selection.ts).
// The issue and the evidence follow as columns of their own (issue-column.cypher,
// evidence-column.cypher) only when shown: every expression costs Neo4j time on every row.
// `values`: the position properties $fields, then $dateFields as epoch milliseconds (cheap to decode).
// `holder`: when $withHolder, the node whole (a map) or, when $holderFields is given, a list of its
// type and those properties in order (lists decode faster than maps). h and p are null on the
// empty row of a page.
// Parameters: $fields, $dateFields, $withHolder (bool), $holderFields (list or null).
p.id AS id, h.id AS holderId, i.id AS issueId,
[field IN $fields | p[field]] + [field IN $dateFields | p[field].epochMillis] AS values,
CASE WHEN $withHolder AND h IS NOT NULL THEN
  CASE WHEN $holderFields IS NULL THEN h {.*, holderType: CASE WHEN h:Proposal THEN 'Proposal' ELSE 'Actor' END}
  ELSE [CASE WHEN h:Proposal THEN 'Proposal' ELSE 'Actor' END] + [f IN $holderFields | h[f]] END
END AS holder
