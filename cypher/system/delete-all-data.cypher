// Deletes every node except the schema migration records, in batches (used to reset a test
// database and before a restore). Parameters: none.
MATCH (n) WHERE NOT n:SchemaMigration
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
