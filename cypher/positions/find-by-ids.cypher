// Positions by id, for batch loading, with their holder's and issue's ids.
// Parameters: $ids (position ids).
UNWIND $ids AS id
MATCH (h:Holder)-[:HOLDS]->(p:Position {id: id})-[:ON]->(i:Issue)
RETURN p {.id, .value, .salience, .acceptableMin, .acceptableMax, .redLine, .statement, .codingNote,
  .codingConfidence, .confidence, validFrom: p.validFrom.epochMillis, validTo: p.validTo.epochMillis,
  recordedAt: p.recordedAt.epochMillis,
  holderId: h.id, issueId: i.id} AS position
