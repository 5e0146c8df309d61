// The positions on each given issue valid at $asOf, each with its holder (for `holder { ... }`
// without another round trip). Dates are epoch milliseconds (cheap to decode).
// Parameters: $ids (issue ids), $asOf (ISO date-time).
UNWIND $ids AS id
MATCH (h:Holder)-[:HOLDS]->(p:Position)-[:ON]->(:Issue {id: id})
WHERE p.validFrom <= datetime($asOf) AND (p.validTo IS NULL OR datetime($asOf) < p.validTo)
RETURN id AS key,
  p {.id, .value, .salience, .acceptableMin, .acceptableMax, .redLine, .statement, .codingNote,
  .codingConfidence, .confidence, validFrom: p.validFrom.epochMillis, validTo: p.validTo.epochMillis,
  recordedAt: p.recordedAt.epochMillis,
  holderId: h.id, issueId: id} AS position,
  h {.*, holderType: CASE WHEN h:Proposal THEN 'Proposal' ELSE 'Actor' END} AS holder
ORDER BY h.id
