// Creates or updates proposals by id (idempotent); proposals hold positions, so they are Holders.
// Parameters: $rows [{id, name, date (ISO or null), description}].
UNWIND $rows AS row
MERGE (p:Proposal:Holder {id: row.id})
SET p.name = row.name, p.date = datetime(row.date), p.description = row.description
