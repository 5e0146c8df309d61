// Creates or updates actors by id (idempotent).
// Parameters: $rows [{id, name, kind, aliases, capability, description}].
UNWIND $rows AS row
MERGE (a:Actor:Holder {id: row.id})
SET a.name = row.name, a.kind = row.kind, a.aliases = coalesce(row.aliases, []),
  a.capability = toFloat(coalesce(row.capability, 1.0)), a.description = row.description
