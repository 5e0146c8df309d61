// Every version of a holder's position on an issue, oldest first.
// Parameters: $holder, $issue (ids).
MATCH (:Holder {id: $holder})-[:HOLDS]->(p:Position)-[:ON]->(:Issue {id: $issue})
RETURN p {.id, .value, .salience, .acceptableMin, .acceptableMax, .redLine, .statement, .codingNote,
  .codingConfidence, .confidence, validFrom: p.validFrom.epochMillis, validTo: p.validTo.epochMillis,
  recordedAt: p.recordedAt.epochMillis,
  holderId: $holder, issueId: $issue} AS position
ORDER BY p.validFrom
