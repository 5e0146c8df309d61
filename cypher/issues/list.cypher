// All issues, optionally of one category and/or only roots (no parent), ordered by id, as one
// record (one list of hundreds of issues decodes far faster than as many records).
// Parameters: $category (IssueCategory or null), $root (true: roots only, false: children only, null: all).
MATCH (i:Issue)
WHERE $category IS NULL OR i.category = $category
OPTIONAL MATCH (i)-[:PART_OF]->(parent:Issue)
WITH i, parent
WHERE $root IS NULL OR ($root = (parent IS NULL))
WITH i, parent ORDER BY i.id
RETURN collect(i {.*, parentId: parent.id}) AS issues
