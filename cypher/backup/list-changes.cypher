// Every audit-trail entry, oldest first, for a backup.
// Parameters: none.
MATCH (c:Change)
RETURN c {.*} AS change
ORDER BY c.at, c.id
