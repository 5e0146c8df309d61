// The issue of a position read, appended to its row (columns.cypher) when the query shows the
// issue: the node whole with its parent's id, or when $issueFields is given a list of those
// properties in order.
// Parameters: $issueFields (list or null).
WITH key, p, i, row + [CASE WHEN i IS NULL THEN null
  WHEN $issueFields IS NULL THEN i {.*, parentId: head([(i)-[:PART_OF]->(parent:Issue) | parent.id])}
  ELSE [f IN $issueFields | i[f]] END] AS row
