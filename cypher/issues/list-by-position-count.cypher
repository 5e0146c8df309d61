// Issues ordered by how many positions on them are valid at $asOf, most first (ties by id), with
// that count; optionally of one category and/or only roots (no parent). One record (one list of
// hundreds of issues decodes far faster than as many records).
// Parameters: $category (IssueCategory or null), $root (true: roots only, false: children only, null: all),
//   $asOf (ISO date-time).
MATCH (i:Issue)
WHERE $category IS NULL OR i.category = $category
OPTIONAL MATCH (i)-[:PART_OF]->(parent:Issue)
WITH i, parent
WHERE $root IS NULL OR ($root = (parent IS NULL))
WITH i, parent, COUNT {
  MATCH (i)<-[:ON]-(p:Position)
  WHERE p.validFrom <= datetime($asOf) AND (p.validTo IS NULL OR datetime($asOf) < p.validTo)
} AS positionCount
WITH i, parent, positionCount ORDER BY positionCount DESC, i.id
RETURN collect(i {.*, parentId: parent.id, positionCount: positionCount}) AS issues
