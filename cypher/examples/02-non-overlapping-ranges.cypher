// Pairs with non-overlapping acceptable ranges: on each issue, every two holders whose ranges are
// both known and do not overlap (no outcome both would accept), with the gap between them and
// whether it is a red-line conflict (at least one side declared its range non-negotiable).
// Parameters (null asOf means now; null issue means every issue):
// :param asOf => '2025-12-05T00:00:00Z'
// :param issue => 'territory-contested-regions'
// Rows: issue, a, aRange, b, bRange, gap, redLineConflict (a is the side with the lower range).
MATCH (ha:Holder)-[:HOLDS]->(pa:Position)-[:ON]->(i:Issue)<-[:ON]-(pb:Position)<-[:HOLDS]-(hb:Holder)
WHERE ($issue IS NULL OR i.id = $issue)
  AND pa.acceptableMin IS NOT NULL AND pa.acceptableMax IS NOT NULL
  AND pb.acceptableMin IS NOT NULL AND pb.acceptableMax IS NOT NULL
  AND pa.acceptableMax < pb.acceptableMin
  AND all(p IN [pa, pb] WHERE p.validFrom <= coalesce(datetime($asOf), datetime())
    AND (p.validTo IS NULL OR coalesce(datetime($asOf), datetime()) < p.validTo))
RETURN i.id AS issue, ha.id AS a, [pa.acceptableMin, pa.acceptableMax] AS aRange,
  hb.id AS b, [pb.acceptableMin, pb.acceptableMax] AS bRange,
  pb.acceptableMin - pa.acceptableMax AS gap, pa.redLine OR pb.redLine AS redLineConflict
ORDER BY gap DESC, issue, a, b
