// The most divergent pairs of actors: D(a,b) = sum of w_k |v_a - v_b| / 100 over their shared
// issues k, divided by the sum of w_k, with w_k the mean salience of the two positions.
// Parameters (null asOf means now):
// :param asOf => '2025-12-05T00:00:00Z'
// :param limit => 5
// Rows: a, b, divergence, sharedIssues.
MATCH (a:Actor)-[:HOLDS]->(pa:Position)-[:ON]->(i:Issue)<-[:ON]-(pb:Position)<-[:HOLDS]-(b:Actor)
WHERE a.id < b.id
  AND all(p IN [pa, pb] WHERE p.validFrom <= coalesce(datetime($asOf), datetime())
    AND (p.validTo IS NULL OR coalesce(datetime($asOf), datetime()) < p.validTo))
WITH a, b, (pa.salience + pb.salience) / 2.0 AS w, abs(pa.value - pb.value) / 100.0 AS d
WITH a, b, sum(w * d) AS weighted, sum(w) AS weights, count(*) AS sharedIssues
WHERE weights > 0
RETURN a.id AS a, b.id AS b, weighted / weights AS divergence, sharedIssues
ORDER BY divergence DESC, a, b
LIMIT toInteger($limit)
