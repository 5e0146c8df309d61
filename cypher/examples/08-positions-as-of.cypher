// Everyone's position on one issue at one moment, from the concession end (0) to the demand end
// (100) of its scale, with ranges, red lines and confidence.
// Parameters (null asOf means now):
// :param issue => 'territory-contested-regions'
// :param asOf => '2025-12-05T00:00:00Z'
// Rows: holder, holderType, value, acceptableMin, acceptableMax, redLine, salience, confidence, since, scale.
MATCH (h:Holder)-[:HOLDS]->(p:Position)-[:ON]->(i:Issue {id: $issue})
WHERE p.validFrom <= coalesce(datetime($asOf), datetime())
  AND (p.validTo IS NULL OR coalesce(datetime($asOf), datetime()) < p.validTo)
RETURN h.id AS holder, CASE WHEN h:Actor THEN 'Actor' ELSE 'Proposal' END AS holderType, p.value AS value,
  p.acceptableMin AS acceptableMin, p.acceptableMax AS acceptableMax, p.redLine AS redLine,
  p.salience AS salience, p.confidence AS confidence, toString(p.validFrom) AS since,
  i.scaleMin + ' (0) ... ' + i.scaleMax + ' (100)' AS scale
ORDER BY value, holder
