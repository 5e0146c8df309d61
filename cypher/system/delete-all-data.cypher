// Deletes every node except the schema migration records, in batches (used to reset a test
// database, and by `npm run bench:io` between runs). Relationships go first, in batches of their
// own: deleting a batch of nodes detaches all their relationships in the same transaction, which
// for dense nodes (an issue or a source with thousands of positions) outgrows a small heap.
// Parameters: none.
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
WITH count(*) AS deletedRelationships
MATCH (n) WHERE NOT n:SchemaMigration
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
