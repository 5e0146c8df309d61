// Positions that rest on weak evidence: confidence (from the reliability of their sources) at
// or below a threshold, with how many sources back each and the coder's own confidence.
// Parameters:
// :param maxConfidence => 0.6
// Rows: position, holder, issue, confidence, codingConfidence, sources (ids with reliability).
MATCH (h:Holder)-[:HOLDS]->(p:Position)-[:ON]->(i:Issue)
WHERE p.confidence <= $maxConfidence
RETURN p.id AS position, h.id AS holder, i.id AS issue, p.confidence AS confidence,
  p.codingConfidence AS codingConfidence,
  COLLECT { MATCH (p)-[:EVIDENCED_BY]->(s:Source) RETURN DISTINCT s.id + ' (' + s.reliability + ')' AS source ORDER BY source } AS sources
ORDER BY confidence, position
