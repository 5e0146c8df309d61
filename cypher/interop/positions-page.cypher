// One page of positions in id order (keyset pagination) with holder, issue and evidence, for
// exports and the exported disagreement network. Dates as stored (ISO 8601).
// Parameters: $after (last id of the previous page; '' for the first), $batch (page size),
//   $asOf (ISO date-time: only positions valid then; null = every version),
//   $issues (issue ids, or null = every issue), $holders (holder ids, or null = every holder).
// Rows: id, holder, holderName, holderIsActor, capability, issue, issueName, value, salience,
//   acceptableMin, acceptableMax, redLine, statement, codingNote, codingConfidence, confidence,
//   validFrom, validTo, recordedAt, evidence (a [source id, quote] pair per quote, in no order:
//   the caller sorts them, which costs the database a sort per position less).
MATCH (p:Position)
WHERE p.id > $after
  AND ($asOf IS NULL OR (p.validFrom <= datetime($asOf) AND (p.validTo IS NULL OR datetime($asOf) < p.validTo)))
// A position has one holder and one issue. The subquery (its LIMIT keeps the planner from inlining
// it) pins the plan to following each position of the index order to them: planned as one
// pattern, Neo4j may instead hash-join two scans, reading every position for every page.
CALL (p) {
  MATCH (h:Holder)-[:HOLDS]->(p)-[:ON]->(i:Issue)
  WHERE ($issues IS NULL OR i.id IN $issues) AND ($holders IS NULL OR h.id IN $holders)
  RETURN h, i
  LIMIT 1
}
WITH p, h, i
ORDER BY p.id
LIMIT toInteger($batch)
// properties(p) reads the position's property chain once; p.x per property would walk it each time.
WITH p, h, i, properties(p) AS x
RETURN p.id AS id, h.id AS holder, h.name AS holderName, h:Actor AS holderIsActor,
  CASE WHEN h:Actor THEN coalesce(h.capability, 1.0) ELSE 1.0 END AS capability,
  i.id AS issue, i.name AS issueName, x.value AS value, x.salience AS salience,
  x.acceptableMin AS acceptableMin, x.acceptableMax AS acceptableMax, coalesce(x.redLine, false) AS redLine,
  x.statement AS statement, x.codingNote AS codingNote, coalesce(x.codingConfidence, 1.0) AS codingConfidence,
  x.confidence AS confidence, toString(x.validFrom) AS validFrom, toString(x.validTo) AS validTo,
  toString(x.recordedAt) AS recordedAt,
  [(p)-[e:EVIDENCED_BY]->(s:Source) | [s.id, e.quote]] AS evidence
ORDER BY id
