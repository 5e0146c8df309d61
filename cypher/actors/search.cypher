// A page of the actors whose names or aliases match a full-text query, ordered by id, with the
// total count of matches (the index bounds the matches; list.cypher pages without search text).
// Parameters: $search (escaped full-text query), $kind (ActorKind or null), $issue (issue id or
//   null: only actors holding a position on it valid at $asOf), $asOf (ISO date-time), $after (last
//   id of the previous page, '' for the first page), $limit (page size + 1).
CALL db.index.fulltext.queryNodes('actor_names', $search) YIELD node AS a
WITH a
WHERE ($kind IS NULL OR a.kind = $kind)
  AND ($issue IS NULL OR EXISTS {
    MATCH (a)-[:HOLDS]->(p:Position)-[:ON]->(:Issue {id: $issue})
    WHERE p.validFrom <= datetime($asOf) AND (p.validTo IS NULL OR datetime($asOf) < p.validTo)
  })
WITH a ORDER BY a.id
WITH collect(a) AS matched
RETURN size(matched) AS total, [x IN matched WHERE x.id > $after | x {.*}][0..$limit] AS page
