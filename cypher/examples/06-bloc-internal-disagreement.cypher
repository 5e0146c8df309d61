// Issues where a bloc's members disagree among themselves: for each BLOC and issue, the
// positions its members (MEMBER_OF) hold, and the spread between the furthest two.
// Parameters (null asOf means now):
// :param asOf => '2025-12-05T00:00:00Z'
// :param minSpread => 10
// Rows: bloc, issue, members (id and value, by value), spread, blocValue (the bloc's own, if any).
MATCH (m:Actor)-[:MEMBER_OF]->(bloc:Actor {kind: 'BLOC'})
MATCH (m)-[:HOLDS]->(p:Position)-[:ON]->(i:Issue)
WHERE p.validFrom <= coalesce(datetime($asOf), datetime())
  AND (p.validTo IS NULL OR coalesce(datetime($asOf), datetime()) < p.validTo)
WITH bloc, i, p, m ORDER BY p.value, m.id
WITH bloc, i, collect({member: m.id, value: p.value}) AS members, max(p.value) - min(p.value) AS spread
WHERE size(members) >= 2 AND spread >= $minSpread
OPTIONAL MATCH (bloc)-[:HOLDS]->(own:Position)-[:ON]->(i)
WHERE own.validFrom <= coalesce(datetime($asOf), datetime())
  AND (own.validTo IS NULL OR coalesce(datetime($asOf), datetime()) < own.validTo)
RETURN bloc.id AS bloc, i.id AS issue, members, spread, own.value AS blocValue
ORDER BY spread DESC, bloc, issue
