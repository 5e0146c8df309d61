// One page of issues in id order (keyset pagination), for exports. With an issue filter the
// listed issues come with their broader issues, so every exported `parent` is exported too.
// Parameters: $after (last id of the previous page; '' for the first), $batch (page size),
//   $issues (issue ids, or null = every issue).
// Rows: id, name, category, description, scaleMin, scaleMax, parent (id or null).
MATCH (i:Issue)
WHERE i.id > $after
  AND ($issues IS NULL OR i.id IN $issues OR EXISTS { MATCH (c:Issue)-[:PART_OF*1..]->(i) WHERE c.id IN $issues })
RETURN i.id AS id, i.name AS name, i.category AS category, i.description AS description,
  i.scaleMin AS scaleMin, i.scaleMax AS scaleMax,
  COLLECT { MATCH (i)-[:PART_OF]->(parent:Issue) RETURN parent.id ORDER BY parent.id LIMIT 1 }[0] AS parent
ORDER BY id
LIMIT toInteger($batch)
