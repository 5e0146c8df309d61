// One page of positions in id order (keyset pagination) with holder, issue and evidence, for
// exports and the exported disagreement network. Dates as stored (ISO 8601).
// Parameters: $after (last id of the previous page; '' for the first), $batch (page size),
//   $asOf (ISO date-time: only positions valid then; null = every version),
//   $issues (issue ids, or null = every issue), $holders (holder ids, or null = every holder).
// Rows: id, holder, holderName, holderIsActor, capability, issue, issueName, value, salience,
//   acceptableMin, acceptableMax, redLine, statement, codingNote, codingConfidence, confidence,
//   validFrom, validTo, recordedAt, evidence [{source, quote}] ordered by source id, then quote.
MATCH (p:Position)
WHERE p.id > $after
  AND ($asOf IS NULL OR (p.validFrom <= datetime($asOf) AND (p.validTo IS NULL OR datetime($asOf) < p.validTo)))
MATCH (h:Holder)-[:HOLDS]->(p)-[:ON]->(i:Issue)
WHERE ($issues IS NULL OR i.id IN $issues) AND ($holders IS NULL OR h.id IN $holders)
WITH p, h, i
ORDER BY p.id
LIMIT toInteger($batch)
RETURN p.id AS id, h.id AS holder, h.name AS holderName, h:Actor AS holderIsActor,
  CASE WHEN h:Actor THEN coalesce(h.capability, 1.0) ELSE 1.0 END AS capability,
  i.id AS issue, i.name AS issueName, p.value AS value, p.salience AS salience,
  p.acceptableMin AS acceptableMin, p.acceptableMax AS acceptableMax, coalesce(p.redLine, false) AS redLine,
  p.statement AS statement, p.codingNote AS codingNote, coalesce(p.codingConfidence, 1.0) AS codingConfidence,
  p.confidence AS confidence, toString(p.validFrom) AS validFrom, toString(p.validTo) AS validTo,
  toString(p.recordedAt) AS recordedAt,
  COLLECT {
    MATCH (p)-[e:EVIDENCED_BY]->(s:Source)
    RETURN {source: s.id, quote: e.quote} AS evidence ORDER BY s.id, e.quote
  } AS evidence
ORDER BY id
