// A page of positions ordered by id, with the total count. Positions valid at $asOf unless
// $history is true (then every version).
// Parameters: $holder, $issue (ids or null), $category (IssueCategory or null), $asOf (ISO date-time), $history (bool), $redLineOnly (bool),
//   $minSalience (0-1 or null), $after (last id of the previous page or null), $limit (page size + 1).
MATCH (h:Holder)-[:HOLDS]->(p:Position)-[:ON]->(i:Issue)
WHERE ($holder IS NULL OR h.id = $holder) AND ($issue IS NULL OR i.id = $issue)
  AND ($category IS NULL OR i.category = $category)
  AND ($history OR (p.validFrom <= datetime($asOf) AND (p.validTo IS NULL OR datetime($asOf) < p.validTo)))
  AND (NOT $redLineOnly OR p.redLine)
  AND ($minSalience IS NULL OR p.salience >= $minSalience)
WITH p, h, i ORDER BY p.id
WITH collect(p {.*, holderId: h.id, issueId: i.id}) AS matched
RETURN size(matched) AS total, [x IN matched WHERE $after IS NULL OR x.id > $after][0..$limit] AS page
