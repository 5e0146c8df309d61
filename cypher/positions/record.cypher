// Records a new position: closes the holder's open position on the issue at the new validFrom
// (history is never overwritten), then creates the new one with its evidence.
// Parameters: $holder, $issue (ids), $position {id, value, salience, acceptableMin, acceptableMax,
//   redLine, statement, codingNote, codingConfidence}, $validFrom (ISO), $evidence [{source, quote}].
MATCH (h:Holder {id: $holder}), (i:Issue {id: $issue})
CALL (h, i) {
  MATCH (h)-[:HOLDS]->(open:Position)-[:ON]->(i)
  WHERE open.validTo IS NULL
  SET open.validTo = datetime($validFrom)
}
CREATE (h)-[:HOLDS]->(p:Position)-[:ON]->(i)
SET p = $position, p.validFrom = datetime($validFrom), p.validTo = null, p.recordedAt = datetime()
WITH p
CALL (p) {
  UNWIND $evidence AS evidence
  MATCH (s:Source {id: evidence.source})
  MERGE (p)-[:EVIDENCED_BY {quote: evidence.quote}]->(s)
}
RETURN p.id AS id
