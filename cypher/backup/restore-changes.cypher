// Recreates audit-trail entries from a backup, as they were.
// Parameters: $rows [{id, at (ISO), by, operation, requestId, touched, touchedCount}].
UNWIND $rows AS row
CREATE (c:Change)
SET c = row, c.at = datetime(row.at)
