// The number of actors (of kind $kind when given) holding a position on issue $issue valid at
// $asOf: the start of a page of actors filtered by issue. Not a query alone: list-page.cypher follows.
// Parameters: $issue (issue id), $kind (ActorKind or null), $asOf (ISO date-time).
WITH COUNT {
  MATCH (a:Actor)-[:HOLDS]->(p:Position)-[:ON]->(:Issue {id: $issue})
  WHERE ($kind IS NULL OR a.kind = $kind)
    AND p.validFrom <= datetime($asOf) AND (p.validTo IS NULL OR datetime($asOf) < p.validTo)
  RETURN DISTINCT a
} AS total
