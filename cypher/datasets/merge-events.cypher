// Creates or updates events by id (idempotent).
// Parameters: $rows [{id, name, kind, date (ISO), place}].
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
SET e.name = row.name, e.kind = row.kind, e.date = datetime(row.date), e.place = row.place
