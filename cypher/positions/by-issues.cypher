// The positions on each given issue valid at $asOf.
// Parameters: $ids (issue ids), $asOf (ISO date-time).
UNWIND $ids AS id
MATCH (h:Holder)-[:HOLDS]->(p:Position)-[:ON]->(:Issue {id: id})
WHERE p.validFrom <= datetime($asOf) AND (p.validTo IS NULL OR datetime($asOf) < p.validTo)
RETURN id AS key, p {.*, holderId: h.id, issueId: id} AS position
ORDER BY h.id
