// Pairwise divergence D(a,b) of actors at an instant, as the GraphQL `divergenceMatrix` computes it.
// Self-contained: runs as is in Neo4j Browser or cypher-shell; a null parameter takes its default.
//
//   :param asOf => null   // ISO date-time of the positions, e.g. '2025-12-03T00:00:00Z'; default now
//   :param a => null      // an actor id: only pairs with this actor; default every actor
//   :param b => null      // a second actor id: with $a, only the pair (a, b); default every actor
//
// Per shared issue k: d_k = |v_a − v_b| / 100 and w_k = (s_a + s_b) / 2 (s = salience);
// D(a,b) = Σ w_k d_k / Σ w_k over the issues both hold a position on, null when Σ w_k = 0.
// A position counts when validFrom <= asOf < validTo (validTo null = still valid). Proposals are
// not parties. Pairs without any shared issue are not listed (their D is undefined).
// Columns: a, b (a < b by id), divergence, sharedIssues, weightSum; largest divergence first.
WITH coalesce(datetime($asOf), datetime()) AS asOf
MATCH (a:Actor)-[:HOLDS]->(pa:Position)-[:ON]->(i:Issue)<-[:ON]-(pb:Position)<-[:HOLDS]-(b:Actor)
WHERE a.id < b.id
  AND ($a IS NULL OR $a IN [a.id, b.id])
  AND ($b IS NULL OR $b IN [a.id, b.id])
  AND pa.validFrom <= asOf AND (pa.validTo IS NULL OR asOf < pa.validTo)
  AND pb.validFrom <= asOf AND (pb.validTo IS NULL OR asOf < pb.validTo)
WITH a, b, abs(pa.value - pb.value) / 100.0 AS d, (pa.salience + pb.salience) / 2.0 AS w
WITH a.id AS a, b.id AS b, count(*) AS sharedIssues, sum(w * d) AS weightedDistance, sum(w) AS weightSum
RETURN a, b, CASE WHEN weightSum > 0 THEN weightedDistance / weightSum END AS divergence, sharedIssues,
  weightSum
ORDER BY divergence IS NULL, divergence DESC, a, b
