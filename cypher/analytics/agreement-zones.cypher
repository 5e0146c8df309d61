// Zone of possible agreement on every issue at an instant, over all actors with a position on it,
// as the GraphQL `agreementZone` computes it (default parties). Self-contained: runs as is in
// Neo4j Browser or cypher-shell; a null parameter takes its default.
//
//   :param asOf => null    // ISO date-time of the positions, e.g. '2025-12-03T00:00:00Z'; default now
//   :param issue => null   // an issue id; default every issue
//
// Z = [max lo, min hi] over the actors whose acceptable range [lo, hi] is known (the parties);
// actors with a position but an unknown bound are excluded. max lo > min hi is a deadlock, with
// gap = max lo − min hi; the floor setter has the largest lo, the ceiling setter the smallest hi
// (ties: the smaller id). A position counts when validFrom <= asOf < validTo (validTo null = still
// valid). Proposals are not parties. Issues with fewer than two actor positions are not listed.
// Columns: issue, n (positions), parties, excluded, lower, upper, deadlock, gap, floorSetter,
// ceilingSetter.
WITH coalesce(datetime($asOf), datetime()) AS asOf
MATCH (h:Actor)-[:HOLDS]->(p:Position)-[:ON]->(i:Issue)
WHERE ($issue IS NULL OR i.id = $issue)
  AND p.validFrom <= asOf AND (p.validTo IS NULL OR asOf < p.validTo)
WITH i, h, p ORDER BY h.id
WITH i, collect({holder: h.id, lo: p.acceptableMin, hi: p.acceptableMax}) AS positions
WHERE size(positions) >= 2
WITH i, positions, [x IN positions WHERE x.lo IS NOT NULL AND x.hi IS NOT NULL] AS ranged
WITH i, positions, ranged,
  reduce(best = null, x IN ranged | CASE WHEN best IS NULL OR x.lo > best.lo THEN x ELSE best END) AS floor,
  reduce(best = null, x IN ranged | CASE WHEN best IS NULL OR x.hi < best.hi THEN x ELSE best END) AS ceiling
RETURN i.id AS issue, size(positions) AS n, [x IN ranged | x.holder] AS parties,
  [x IN positions WHERE x.lo IS NULL OR x.hi IS NULL | x.holder] AS excluded,
  floor.lo AS lower, ceiling.hi AS upper, coalesce(floor.lo > ceiling.hi, false) AS deadlock,
  CASE WHEN floor.lo > ceiling.hi THEN floor.lo - ceiling.hi END AS gap,
  floor.holder AS floorSetter, ceiling.holder AS ceilingSetter
ORDER BY issue
