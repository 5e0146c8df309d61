// The open (validTo null) position of a holder on an issue, if any.
// Parameters: $holder, $issue (ids).
MATCH (:Holder {id: $holder})-[:HOLDS]->(p:Position)-[:ON]->(:Issue {id: $issue})
WHERE p.validTo IS NULL
RETURN p {.*, holderId: $holder, issueId: $issue} AS position
