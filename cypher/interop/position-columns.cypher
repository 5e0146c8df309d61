// The columns of a position in the dataset format, ending positions-page.cypher (after
// position-descriptions.cypher when present). Dates as stored (ISO 8601).
// Rows: id, holder, issue, value, salience, acceptableMin, acceptableMax, redLine, statement,
//   codingNote, codingConfidence, validFrom, validTo, recordedAt, evidence (a [source id, quote]
//   pair per quote, in no order: the caller sorts them, which costs the database a sort per
//   position less).
// Parameters: none.
p.id AS id, h.id AS holder, i.id AS issue, x.value AS value, x.salience AS salience,
x.acceptableMin AS acceptableMin, x.acceptableMax AS acceptableMax, coalesce(x.redLine, false) AS redLine,
x.statement AS statement, x.codingNote AS codingNote, coalesce(x.codingConfidence, 1.0) AS codingConfidence,
toString(x.validFrom) AS validFrom, toString(x.validTo) AS validTo, toString(x.recordedAt) AS recordedAt,
[(p)-[e:EVIDENCED_BY]->(s:Source) | [s.id, e.quote]] AS evidence
ORDER BY id
