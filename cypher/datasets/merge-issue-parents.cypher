// Sets each issue's parent (PART_OF), replacing a different earlier parent.
// Parameters: $rows [{id, parent}] (parent may be null: the issue becomes a root).
UNWIND $rows AS row
MATCH (child:Issue {id: row.id})
OPTIONAL MATCH (child)-[old:PART_OF]->(previous:Issue)
WHERE row.parent IS NULL OR previous.id <> row.parent
DELETE old
WITH DISTINCT child, row WHERE row.parent IS NOT NULL
MATCH (parent:Issue {id: row.parent})
MERGE (child)-[:PART_OF]->(parent)
