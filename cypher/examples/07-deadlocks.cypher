// Zone of possible agreement per issue: among holders with a known acceptable range, the zone is
// [max acceptableMin, min acceptableMax]; when it is empty the issue is deadlocked, and the
// binding pair is the holder with the highest minimum and the one with the lowest maximum.
// Parameters (null asOf means now):
// :param asOf => '2025-12-05T00:00:00Z'
// Rows: issue, parties, zoneMin, zoneMax, deadlock, gap, highestMinimum, lowestMaximum.
MATCH (h:Holder)-[:HOLDS]->(p:Position)-[:ON]->(i:Issue)
WHERE p.acceptableMin IS NOT NULL AND p.acceptableMax IS NOT NULL
  AND p.validFrom <= coalesce(datetime($asOf), datetime())
  AND (p.validTo IS NULL OR coalesce(datetime($asOf), datetime()) < p.validTo)
WITH i, collect({holder: h.id, min: p.acceptableMin, max: p.acceptableMax}) AS ranges
WITH i, ranges,
  reduce(best = ranges[0], r IN ranges | CASE WHEN r.min > best.min THEN r ELSE best END) AS highMin,
  reduce(best = ranges[0], r IN ranges | CASE WHEN r.max < best.max THEN r ELSE best END) AS lowMax
RETURN i.id AS issue, size(ranges) AS parties, highMin.min AS zoneMin, lowMax.max AS zoneMax,
  highMin.min > lowMax.max AS deadlock,
  CASE WHEN highMin.min > lowMax.max THEN highMin.min - lowMax.max ELSE 0 END AS gap,
  highMin.holder AS highestMinimum, lowMax.holder AS lowestMaximum
ORDER BY gap DESC, issue
