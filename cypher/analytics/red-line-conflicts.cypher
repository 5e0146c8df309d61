// Red-line conflicts at an instant, as the GraphQL `redLineConflicts` computes them, with the
// verbatim quotes behind both positions. Self-contained: runs as is in Neo4j Browser or
// cypher-shell; a null parameter takes its default.
//
//   :param asOf => null    // ISO date-time of the positions, e.g. '2025-12-03T00:00:00Z'; default now
//   :param issue => null   // an issue id; default every issue
//   :param actor => null   // an actor id: only conflicts involving this actor; default every actor
//
// Two actors' positions on one issue conflict when both acceptable ranges [lo, hi] are known,
// they do not overlap (hi_a < lo_b or hi_b < lo_a; touching ranges overlap), and at least one is a
// red line. gap = max(lo_a, lo_b) − min(hi_a, hi_b). A position counts when
// validFrom <= asOf < validTo (validTo null = still valid). Proposals are not parties.
// Columns: issue, a, b (a < b by id), positionA, positionB, gap, redLineHolders, evidenceA,
// evidenceB ("publisher: quote"); largest gap first.
WITH coalesce(datetime($asOf), datetime()) AS asOf
MATCH (a:Actor)-[:HOLDS]->(pa:Position)-[:ON]->(i:Issue)<-[:ON]-(pb:Position)<-[:HOLDS]-(b:Actor)
WHERE a.id < b.id
  AND ($issue IS NULL OR i.id = $issue)
  AND ($actor IS NULL OR $actor IN [a.id, b.id])
  AND pa.validFrom <= asOf AND (pa.validTo IS NULL OR asOf < pa.validTo)
  AND pb.validFrom <= asOf AND (pb.validTo IS NULL OR asOf < pb.validTo)
  AND (pa.redLine OR pb.redLine)
  AND pa.acceptableMin IS NOT NULL AND pa.acceptableMax IS NOT NULL
  AND pb.acceptableMin IS NOT NULL AND pb.acceptableMax IS NOT NULL
  AND (pa.acceptableMax < pb.acceptableMin OR pb.acceptableMax < pa.acceptableMin)
WITH i, a, b, pa, pb,
  CASE WHEN pa.acceptableMin > pb.acceptableMin THEN pa.acceptableMin ELSE pb.acceptableMin END AS maxLo,
  CASE WHEN pa.acceptableMax < pb.acceptableMax THEN pa.acceptableMax ELSE pb.acceptableMax END AS minHi
RETURN i.id AS issue, a.id AS a, b.id AS b, pa.id AS positionA, pb.id AS positionB, maxLo - minHi AS gap,
  [holder IN [CASE WHEN pa.redLine THEN a.id END, CASE WHEN pb.redLine THEN b.id END]
    WHERE holder IS NOT NULL] AS redLineHolders,
  [(pa)-[e:EVIDENCED_BY]->(s:Source) | s.publisher + ': ' + e.quote] AS evidenceA,
  [(pb)-[e:EVIDENCED_BY]->(s:Source) | s.publisher + ': ' + e.quote] AS evidenceB
ORDER BY gap DESC, issue, a, b
