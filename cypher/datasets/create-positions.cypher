// Creates positions that do not exist yet, with their holder, issue and evidence, in one pass.
// The caller has checked in the same transaction that none of the ids exists, so CREATE replaces
// MERGE (half the work: no lookup, no lock per relationship), and it computed each confidence from
// the file's sources, so no second pass recomputes it.
// Parameters: one list per property, entry k describing the k-th position (a list per column,
//   not a map per row: far fewer values to encode and decode):
//   $id, $holder, $issue, $value, $salience, $acceptableMin, $acceptableMax, $redLine, $statement,
//   $codingNote, $codingConfidence, $validFrom, $validTo, $recordedAt (ISO or null), $confidence,
//   $evidence (per position, its distinct [source id, quote] pairs).
UNWIND range(0, size($id) - 1) AS k
MATCH (h:Holder {id: $holder[k]})
MATCH (i:Issue {id: $issue[k]})
CREATE (h)-[:HOLDS]->(p:Position {
  id: $id[k], value: toFloat($value[k]), salience: toFloat($salience[k]),
  acceptableMin: toFloat($acceptableMin[k]), acceptableMax: toFloat($acceptableMax[k]),
  redLine: coalesce($redLine[k], false), statement: $statement[k], codingNote: $codingNote[k],
  codingConfidence: toFloat(coalesce($codingConfidence[k], 1.0)),
  validFrom: datetime($validFrom[k]), validTo: datetime($validTo[k]),
  recordedAt: coalesce(datetime($recordedAt[k]), datetime()), confidence: $confidence[k]
})-[:ON]->(i)
WITH p, k
UNWIND $evidence[k] AS evidence
MATCH (s:Source {id: evidence[0]})
CREATE (p)-[:EVIDENCED_BY {quote: evidence[1]}]->(s)
