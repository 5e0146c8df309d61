// The row of a position read (list, by-holders, by-issues), after its start: a position p with
// its holder h and issue i, as much as the GraphQL query shows (src/positions/position-selection.ts),
// as one flat list (every nested list costs the driver time on every row):
//   [id, holder id, issue id, holder is a proposal, values..., dates..., holder...]
// then the issue and the evidence (issue-column.cypher, evidence-column.cypher) only when shown.
// The issue id is null when the read is for issue $issue alone: its reader knows it, and it
// would cost a property read and a string on every row. Every expression costs Neo4j time on
// every row, and every string the driver's time: the holder's type travels as a boolean, and no
// expression is wrapped in a test of whether it is shown.
// `values`: the position properties $fields; `dates`: those of $dateFields as epoch milliseconds
// (cheap to decode). `holder`: the properties $holderFields in order (none when the holder is not
// shown), or when $holderFields is null the node's properties as one map. h, p and i are null on
// the empty row of a page.
// Parameters: $issue (id or null), $fields, $dateFields, $holderFields (list or null).
WITH key, p, i, [p.id, h.id, CASE WHEN $issue IS NULL THEN i.id END, h:Proposal]
  + [field IN $fields | p[field]]
  + [field IN $dateFields | p[field].epochMillis]
  + CASE WHEN $holderFields IS NULL THEN [properties(h)] ELSE [field IN $holderFields | h[field]] END AS row
