// Creates or updates issues by id (idempotent); parents are linked by merge-issue-parents.
// Parameters: $rows [{id, name, category, description, scaleMin, scaleMax}].
UNWIND $rows AS row
MERGE (i:Issue {id: row.id})
SET i.name = row.name, i.category = row.category, i.description = row.description,
  i.scaleMin = row.scaleMin, i.scaleMax = row.scaleMax
