// Records that a schema migration was applied (idempotent on id).
// Parameters: $id (e.g. "001-unique-ids"), $checksum (sha256 of the file).
MERGE (m:SchemaMigration {id: $id})
ON CREATE SET m.checksum = $checksum, m.appliedAt = datetime()
RETURN m.id AS id
