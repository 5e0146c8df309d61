// The direct sub-issues of each given issue.
// Parameters: $ids (issue ids).
UNWIND $ids AS id
MATCH (child:Issue)-[:PART_OF]->(:Issue {id: id})
RETURN id AS key, child {.*, parentId: id} AS issue
ORDER BY child.id
