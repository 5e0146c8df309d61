// A page of actors ordered by id (no search text: see search.cypher), after the total that a
// count-*.cypher start computed: each start is its own statement, so that Neo4j plans only the
// count it needs (the label's count, the actor_kind index, or the issue's matches).
// The page walks the unique id index in order from $after and stops at $limit.
// Parameters: $kind (ActorKind or null), $issue (issue id or null: only actors holding a position
//   on it valid at $asOf), $asOf (ISO date-time), $after (last id of the previous page, '' for the
//   first page), $limit (page size + 1).
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
