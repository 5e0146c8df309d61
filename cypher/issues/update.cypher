// Updates the given properties of an issue (null leaves a property as it is); a non-null $parent
// moves the issue under that parent.
// Parameters: $id, $changes {name?, category?, description?, scaleMin?, scaleMax?}, $parent (issue id or null).
MATCH (i:Issue {id: $id})
SET i.name = coalesce($changes.name, i.name),
  i.category = coalesce($changes.category, i.category),
  i.description = coalesce($changes.description, i.description),
  i.scaleMin = coalesce($changes.scaleMin, i.scaleMin),
  i.scaleMax = coalesce($changes.scaleMax, i.scaleMax)
WITH i
CALL (i) {
  MATCH (newParent:Issue {id: $parent})
  OPTIONAL MATCH (i)-[old:PART_OF]->(:Issue)
  DELETE old
  MERGE (i)-[:PART_OF]->(newParent)
}
OPTIONAL MATCH (i)-[:PART_OF]->(parent:Issue)
RETURN i {.*, parentId: parent.id} AS issue
