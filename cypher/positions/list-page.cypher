// The page of the positions a list-from-*.cypher start and its where-*.cypher filters matched
// (h, p, i), ordered by id, with the count of all of them as `key`; the columns (columns.cypher and
// the optional ones) and collect-rows.cypher follow, so that the page is one record: its total and
// its rows.
// Each start is its own statement, so that Neo4j plans a plain index seek and expansion for it
// instead of a union of every start (and the statement fits the driver's one write buffer).
// The matches are collected as node references and only the page is projected.
// Parameters: $after (last id of the previous page or null), $limit (page size + 1), and those of
//   the columns.
WITH h, p, i ORDER BY p.id
WITH collect([h, p, i]) AS matched
WITH size(matched) AS total, [row IN matched WHERE $after IS NULL OR row[1].id > $after][0..$limit] AS rows
// An empty page is one row without a position (h, p and i null), so that the total still arrives.
UNWIND CASE WHEN size(rows) = 0 THEN [[null, null, null]] ELSE rows END AS row
WITH total AS key, row[0] AS h, row[1] AS p, row[2] AS i
