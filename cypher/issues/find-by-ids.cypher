// Issues by id, for batch loading, with the parent's id.
// Parameters: $ids (issue ids).
UNWIND $ids AS id
MATCH (i:Issue {id: id})
OPTIONAL MATCH (i)-[:PART_OF]->(parent:Issue)
RETURN i {.*, parentId: parent.id} AS issue
