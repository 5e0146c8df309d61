// One page of the audit trail for an export, oldest first (keyset pagination on at, then id).
// With the export's filters: entries up to asOf, and that touched one of the issues or actors.
// Parameters: $afterAt (at of the last entry of the previous page, ISO; null for the first),
// $afterId (its id), $batch (page size), $asOf (ISO or null), $issues, $holders (ids or null).
// Rows: id, at (ISO 8601), by, operation, requestId, touched, touchedCount.
MATCH (c:Change)
WHERE ($afterAt IS NULL OR c.at > datetime($afterAt) OR (c.at = datetime($afterAt) AND c.id > $afterId))
  AND ($asOf IS NULL OR c.at <= datetime($asOf))
  AND ($issues IS NULL OR any(id IN $issues WHERE id IN c.touched))
  AND ($holders IS NULL OR any(id IN $holders WHERE id IN c.touched))
RETURN c.id AS id, toString(c.at) AS at, c.by AS by, c.operation AS operation, c.requestId AS requestId,
  c.touched AS touched, c.touchedCount AS touchedCount
ORDER BY c.at, c.id
LIMIT toInteger($batch)
