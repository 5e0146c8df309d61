// How far each actor stands from a proposal's terms: for every issue the proposal addresses,
// each actor's value, its distance to the term, and whether the term lies inside the actor's
// acceptable range (null when the range is not known).
// Parameters (null asOf means now):
// :param proposal => 'us-peace-plan'
// :param asOf => '2025-12-05T00:00:00Z'
// Rows: issue, term, actor, value, distance, acceptsTerm.
MATCH (:Proposal {id: $proposal})-[:HOLDS]->(t:Position)-[:ON]->(i:Issue)
MATCH (a:Actor)-[:HOLDS]->(p:Position)-[:ON]->(i)
WHERE all(x IN [t, p] WHERE x.validFrom <= coalesce(datetime($asOf), datetime())
  AND (x.validTo IS NULL OR coalesce(datetime($asOf), datetime()) < x.validTo))
RETURN i.id AS issue, t.value AS term, a.id AS actor, p.value AS value, abs(p.value - t.value) AS distance,
  CASE WHEN p.acceptableMin IS NULL OR p.acceptableMax IS NULL THEN null
    ELSE p.acceptableMin <= t.value <= p.acceptableMax END AS acceptsTerm
ORDER BY issue, distance DESC, actor
