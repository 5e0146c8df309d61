// A page of actors ordered by id, with the total count of matches.
// Parameters: $kind (ActorKind or null), $search (escaped full-text query or null),
//   $issue (issue id or null: only actors holding a position on it valid at $asOf), $asOf (ISO date-time),
//   $after (last id of the previous page or null), $limit (page size + 1).
CALL () {
  WITH 1 AS unused WHERE $search IS NULL
  MATCH (a:Actor)
  RETURN a
  UNION
  WITH 1 AS unused WHERE $search IS NOT NULL
  CALL db.index.fulltext.queryNodes('actor_names', $search) YIELD node
  RETURN node AS a
}
WITH a
WHERE ($kind IS NULL OR a.kind = $kind)
  AND ($issue IS NULL OR EXISTS {
    MATCH (a)-[:HOLDS]->(p:Position)-[:ON]->(:Issue {id: $issue})
    WHERE p.validFrom <= datetime($asOf) AND (p.validTo IS NULL OR datetime($asOf) < p.validTo)
  })
WITH a ORDER BY a.id
WITH collect(a) AS matched
RETURN size(matched) AS total,
  [x IN matched WHERE $after IS NULL OR x.id > $after | x {.*}][0..$limit] AS page
