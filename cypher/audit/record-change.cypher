// Records one write in the audit trail, inside the write's own transaction: who, when, which
// operation, and the ids of the nodes it touched (the first 1,000; touchedCount has them all).
// Parameters: $change {id, by, operation, requestId, touched, touchedCount}.
CREATE (c:Change)
SET c = $change, c.at = datetime()
