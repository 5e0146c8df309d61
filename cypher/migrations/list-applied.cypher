// The schema migrations already applied, oldest first.
// Parameters: none.
MATCH (m:SchemaMigration)
RETURN m.id AS id, m.checksum AS checksum, m.appliedAt AS appliedAt
ORDER BY m.id
