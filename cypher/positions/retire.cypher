// Ends a position at $at without a successor (the holder no longer holds a position on the issue).
// Parameters: $id (position id), $at (ISO date-time).
MATCH (p:Position {id: $id})
SET p.validTo = datetime($at)
RETURN p.id AS id
