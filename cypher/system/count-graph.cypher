// Counts the nodes and relationships of the domain graph (audit entries, API keys and migration
// records aside); tests use it to prove that a refused write wrote nothing and that a second
// import of the same file changed nothing.
// Parameters: none.
CALL () {
  MATCH (n) WHERE NOT (n:Change OR n:ApiKey OR n:SchemaMigration)
  RETURN count(n) AS nodes
}
CALL () {
  MATCH (a)-[r]->() WHERE NOT (a:Change OR a:ApiKey OR a:SchemaMigration)
  RETURN count(r) AS relationships
}
RETURN nodes, relationships
