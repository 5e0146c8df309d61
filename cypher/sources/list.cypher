// A page of sources ordered by id, with the total count; optional full-text search on title and publisher.
// Parameters: $search (escaped full-text query or null), $reliability (A-F or null),
//   $after (last id of the previous page or null), $limit (page size + 1).
CALL () {
  WITH 1 AS unused WHERE $search IS NULL
  MATCH (s:Source)
  RETURN s
  UNION
  WITH 1 AS unused WHERE $search IS NOT NULL
  CALL db.index.fulltext.queryNodes('source_titles', $search) YIELD node
  RETURN node AS s
}
WITH s WHERE $reliability IS NULL OR s.reliability = $reliability
WITH s ORDER BY s.id
WITH collect(s) AS matched
RETURN size(matched) AS total, [x IN matched WHERE $after IS NULL OR x.id > $after | x {.*}][0..$limit] AS page
