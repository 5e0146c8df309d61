// Who moved: holders whose position on an issue changed (a version closed and the next one
// started) in a time window, by how much and in which direction. The window defaults to the
// last month: leave since and until null.
// Parameters:
// :param since => '2025-11-01T00:00:00Z'
// :param until => null
// Rows: holder, issue, changedAt, before, after, shift (after - before), rangeBefore, rangeAfter.
MATCH (h:Holder)-[:HOLDS]->(old:Position)-[:ON]->(i:Issue)
MATCH (h)-[:HOLDS]->(new:Position)-[:ON]->(i)
WHERE old.validTo IS NOT NULL AND new.validFrom = old.validTo
  AND new.validFrom >= coalesce(datetime($since), datetime() - duration('P1M'))
  AND new.validFrom < coalesce(datetime($until), datetime())
RETURN h.id AS holder, i.id AS issue, toString(new.validFrom) AS changedAt,
  old.value AS before, new.value AS after, new.value - old.value AS shift,
  [old.acceptableMin, old.acceptableMax] AS rangeBefore, [new.acceptableMin, new.acceptableMax] AS rangeAfter
ORDER BY changedAt DESC, holder, issue
