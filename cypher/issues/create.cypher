// Creates an issue, under its parent when given; a taken id fails on the constraint (CONFLICT).
// Parameters: $issue {id, name, category, description, scaleMin, scaleMax}, $parent (issue id or null).
CREATE (i:Issue)
SET i = $issue
WITH i
OPTIONAL MATCH (parent:Issue {id: $parent})
FOREACH (_ IN CASE WHEN parent IS NULL THEN [] ELSE [1] END | CREATE (i)-[:PART_OF]->(parent))
RETURN i {.*, parentId: parent.id} AS issue
