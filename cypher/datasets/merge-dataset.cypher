// Records the imported dataset itself (idempotent; importedAt keeps the first import's time).
// The parameter is read once (a Cypher export writes it as a literal, which should appear once).
// Parameters: $dataset {id, title, description, license, createdAt}.
WITH $dataset AS dataset
MERGE (d:Dataset {id: dataset.id})
SET d.title = dataset.title, d.description = dataset.description, d.license = dataset.license,
  d.createdAt = datetime(dataset.createdAt), d.importedAt = coalesce(d.importedAt, datetime())
