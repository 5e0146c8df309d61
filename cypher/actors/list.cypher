// A page of actors ordered by id, with the total count of matches (no search text: see search.cypher).
// The page walks the unique id index in order from $after and stops at $limit; the total counts
// through the actor_kind index, or the label's count, unless an issue filter needs the matches.
// Parameters: $kind (ActorKind or null), $issue (issue id or null: only actors holding a position
//   on it valid at $asOf), $asOf (ISO date-time), $after (last id of the previous page, '' for the
//   first page), $limit (page size + 1).
CALL () {
  WITH 1 AS branch WHERE $issue IS NULL AND $kind IS NULL
  RETURN COUNT { (:Actor) } AS total
  UNION ALL
  WITH 1 AS branch WHERE $issue IS NULL AND $kind IS NOT NULL
  RETURN COUNT { (:Actor {kind: $kind}) } AS total
  UNION ALL
  WITH 1 AS branch WHERE $issue IS NOT NULL
  RETURN COUNT {
    MATCH (a:Actor)-[:HOLDS]->(p:Position)-[:ON]->(:Issue {id: $issue})
    WHERE ($kind IS NULL OR a.kind = $kind)
      AND p.validFrom <= datetime($asOf) AND (p.validTo IS NULL OR datetime($asOf) < p.validTo)
    RETURN DISTINCT a
  } AS total
}
CALL () {
  MATCH (a:Actor)
  WHERE a.id > $after AND ($kind IS NULL OR a.kind = $kind)
    AND ($issue IS NULL OR EXISTS {
      MATCH (a)-[:HOLDS]->(p:Position)-[:ON]->(:Issue {id: $issue})
      WHERE p.validFrom <= datetime($asOf) AND (p.validTo IS NULL OR datetime($asOf) < p.validTo)
    })
  WITH a ORDER BY a.id LIMIT toInteger($limit)
  RETURN collect(a {.*}) AS page
}
RETURN total, page
