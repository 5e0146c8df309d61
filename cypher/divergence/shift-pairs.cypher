// For each actor x issue, the position valid at $from and the one valid at $to (either may be
// null), for positionShifts. Every pair with a position at either instant is returned, changed or
// not, so that the caller can also compare a shift with the other actors' positions on the issue.
// Parameters: $from, $to (ISO date-times, $from < $to); $issue (issue id, or null = every issue);
//   $actor (actor id, or null): when given, only the issues this actor holds a position on
//   between $from and $to (everyone's positions on them are still returned).
// Rows: holderId, issueId, before, after (position properties with holderId and issueId, or null).
MATCH (i:Issue)
WHERE ($issue IS NULL OR i.id = $issue)
  AND ($actor IS NULL OR EXISTS {
    MATCH (:Actor {id: $actor})-[:HOLDS]->(mine:Position)-[:ON]->(i)
    WHERE mine.validFrom <= datetime($to) AND (mine.validTo IS NULL OR datetime($from) < mine.validTo)
  })
MATCH (h:Actor)-[:HOLDS]->(p:Position)-[:ON]->(i)
WHERE p.validFrom <= datetime($to) AND (p.validTo IS NULL OR datetime($from) < p.validTo)
WITH h, i, collect(p) AS versions
WITH h, i,
  [p IN versions WHERE p.validFrom <= datetime($from)
    AND (p.validTo IS NULL OR datetime($from) < p.validTo)][0] AS before,
  [p IN versions WHERE p.validFrom <= datetime($to)
    AND (p.validTo IS NULL OR datetime($to) < p.validTo)][0] AS after
WHERE before IS NOT NULL OR after IS NOT NULL
RETURN h.id AS holderId, i.id AS issueId,
  CASE WHEN before IS NULL THEN null ELSE before {.*, holderId: h.id, issueId: i.id} END AS before,
  CASE WHEN after IS NULL THEN null ELSE after {.*, holderId: h.id, issueId: i.id} END AS after
ORDER BY holderId, issueId
