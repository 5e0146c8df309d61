// Red lines on territory: who declares a red line on a TERRITORY issue, the range they will not
// leave, and the verbatim quotes behind it.
// Parameters (run the :param lines first in Neo4j Browser; null means now):
// :param asOf => '2025-12-05T00:00:00Z'
// Rows: holder, holderId, issue, value, acceptableMin, acceptableMax, quotes (publisher: quote).
MATCH (h:Holder)-[:HOLDS]->(p:Position)-[:ON]->(i:Issue {category: 'TERRITORY'})
WHERE p.redLine
  AND p.validFrom <= coalesce(datetime($asOf), datetime())
  AND (p.validTo IS NULL OR coalesce(datetime($asOf), datetime()) < p.validTo)
RETURN h.name AS holder, h.id AS holderId, i.id AS issue, p.value AS value,
  p.acceptableMin AS acceptableMin, p.acceptableMax AS acceptableMax,
  COLLECT {
    MATCH (p)-[e:EVIDENCED_BY]->(s:Source)
    RETURN s.publisher + ': ' + e.quote ORDER BY s.id, e.quote
  } AS quotes
ORDER BY holderId, issue
