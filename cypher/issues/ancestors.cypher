// Whether $candidate is $id itself or lies below it (moving $id under $candidate would make a cycle).
// Parameters: $id, $candidate (issue ids).
MATCH (i:Issue {id: $id})
RETURN EXISTS { MATCH (:Issue {id: $candidate})-[:PART_OF*0..]->(i) } AS wouldCycle
