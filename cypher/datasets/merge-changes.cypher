// Keeps audit-trail entries a file carries, as they were: an entry already held (same id) is left
// untouched, since audit entries never change. Each new one records the import that brought it.
// Parameters: $rows [{id, at (ISO), by, operation, requestId, touched, touchedCount}],
// $importedIn (id of the importing write's own audit entry, or null).
UNWIND $rows AS row
MERGE (c:Change {id: row.id})
ON CREATE SET
  c.at = datetime(row.at),
  c.by = row.by,
  c.operation = row.operation,
  c.requestId = row.requestId,
  c.touched = coalesce(row.touched, []),
  c.touchedCount = row.touchedCount,
  c.importedIn = $importedIn
