// Audit trail entries, newest first, optionally since a time and touching an actor and/or issue.
// Parameters: $since (ISO or null), $actor, $issue (ids or null), $limit.
MATCH (c:Change)
WHERE ($since IS NULL OR c.at >= datetime($since))
  AND ($actor IS NULL OR $actor IN c.touched)
  AND ($issue IS NULL OR $issue IN c.touched)
RETURN c {.*} AS change
ORDER BY c.at DESC, c.id
LIMIT toInteger($limit)
