// The row of a position read (list, by-holders, by-issues), after its start: a position p with
// its holder h and issue i, as much as the GraphQL query shows (src/positions/position-selection.ts),
// as one list (lists decode faster than maps):
//   [id, holder id, issue id, values, holder]
// then the issue and the evidence (issue-column.cypher, evidence-column.cypher) only when shown:
// every expression costs Neo4j time on every row.
// `values`: the position properties $fields, then $dateFields as epoch milliseconds (cheap to decode).
// `holder`: when $withHolder, the node whole (a map) or, when $holderFields is given, a list of its
// type and those properties in order. h, p and i are null on the empty row of a page.
// Parameters: $fields, $dateFields, $withHolder (bool), $holderFields (list or null).
WITH key, p, i, [p.id, h.id, i.id,
  [field IN $fields | p[field]] + [field IN $dateFields | p[field].epochMillis],
  CASE WHEN $withHolder AND h IS NOT NULL THEN
    CASE WHEN $holderFields IS NULL THEN h {.*, holderType: CASE WHEN h:Proposal THEN 'Proposal' ELSE 'Actor' END}
    ELSE [CASE WHEN h:Proposal THEN 'Proposal' ELSE 'Actor' END] + [f IN $holderFields | h[f]] END
  END] AS row
