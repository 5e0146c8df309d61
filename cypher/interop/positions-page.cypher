// One page of positions in id order (keyset pagination) with their holder and issue, for exports.
// Not a query alone: the columns follow the RETURN, position-descriptions.cypher when the export
// shows names (tables, graphs, statements), then position-columns.cypher (InteropRepository joins
// them).
// Parameters: $after (last id of the previous page; '' for the first), $batch (page size),
//   $asOf (ISO date-time: only positions valid then; null = every version),
//   $issues (issue ids, or null = every issue), $holders (holder ids, or null = every holder).
MATCH (p:Position)
WHERE p.id > $after
  AND ($asOf IS NULL OR (p.validFrom <= datetime($asOf) AND (p.validTo IS NULL OR datetime($asOf) < p.validTo)))
// A position has one holder and one issue. The subquery (its LIMIT keeps the planner from inlining
// it) pins the plan to following each position of the index order to them: planned as one
// pattern, Neo4j may instead hash-join two scans, reading every position for every page.
CALL (p) {
  MATCH (h:Holder)-[:HOLDS]->(p)-[:ON]->(i:Issue)
  WHERE ($issues IS NULL OR i.id IN $issues) AND ($holders IS NULL OR h.id IN $holders)
  RETURN h, i
  LIMIT 1
}
WITH p, h, i
ORDER BY p.id
LIMIT toInteger($batch)
// properties(p) reads the position's property chain once; p.x per property would walk it each time.
WITH p, h, i, properties(p) AS x
RETURN
