// Recomputes each position's confidence from its evidence: 1 - Π(1 - r) over its sources'
// reliability (A 0.9, B 0.75, C 0.6, D 0.4, E 0.2, F 0.5); 0 without evidence.
// Parameters: $ids (position ids).
UNWIND $ids AS id
MATCH (p:Position {id: id})
OPTIONAL MATCH (p)-[:EVIDENCED_BY]->(s:Source)
WITH p, collect(CASE s.reliability
  WHEN 'A' THEN 0.9 WHEN 'B' THEN 0.75 WHEN 'C' THEN 0.6
  WHEN 'D' THEN 0.4 WHEN 'E' THEN 0.2 WHEN 'F' THEN 0.5 END) AS reliabilities
SET p.confidence = 1.0 - reduce(doubt = 1.0, r IN reliabilities | doubt * (1.0 - r))
RETURN count(p) AS refreshed
