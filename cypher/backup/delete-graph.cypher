// Deletes the whole graph but API keys and migration records, inside the caller's transaction,
// so that a restore replaces everything or nothing.
// Parameters: none.
MATCH (n) WHERE NOT (n:ApiKey OR n:SchemaMigration)
DETACH DELETE n
