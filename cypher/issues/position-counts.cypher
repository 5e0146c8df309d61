// How many positions on each given issue are valid at $asOf (one per holder holding one then).
// Parameters: $ids (issue ids), $asOf (ISO date-time).
UNWIND $ids AS id
MATCH (i:Issue {id: id})
RETURN id AS key, COUNT {
  MATCH (i)<-[:ON]-(p:Position)
  WHERE p.validFrom <= datetime($asOf) AND (p.validTo IS NULL OR datetime($asOf) < p.validTo)
} AS count
