// Creates or updates positions by id with their holder, issue and evidence (idempotent).
// recordedAt keeps its first value unless the dataset gives one.
// Parameters: $rows [{id, holder, issue, value, salience, acceptableMin, acceptableMax, redLine,
//   statement, codingNote, codingConfidence, validFrom, validTo, recordedAt, evidence: [{source, quote}]}].
UNWIND $rows AS row
MATCH (h:Holder {id: row.holder})
MATCH (i:Issue {id: row.issue})
MERGE (p:Position {id: row.id})
SET p.value = toFloat(row.value), p.salience = toFloat(row.salience),
  p.acceptableMin = toFloat(row.acceptableMin), p.acceptableMax = toFloat(row.acceptableMax),
  p.redLine = coalesce(row.redLine, false), p.statement = row.statement, p.codingNote = row.codingNote,
  p.codingConfidence = toFloat(coalesce(row.codingConfidence, 1.0)),
  p.validFrom = datetime(row.validFrom), p.validTo = datetime(row.validTo),
  p.recordedAt = coalesce(datetime(row.recordedAt), p.recordedAt, datetime())
MERGE (h)-[:HOLDS]->(p)
MERGE (p)-[:ON]->(i)
WITH p, row
UNWIND row.evidence AS evidence
MATCH (s:Source {id: evidence.source})
MERGE (p)-[:EVIDENCED_BY {quote: evidence.quote}]->(s)
