// The evidence chain behind a position: who holds it on what, each verbatim quote with its
// source and that source's reliability, and the events the source reports. Confidence is
// 1 - product of (1 - r) over the sources (A 0.9, B 0.75, C 0.6, D 0.4, E 0.2, F 0.5).
// Parameters:
// :param position => 'pos-russia-contested-regions'
// Rows: holder, issue, value, confidence, quote, source, publisher, title, reliability, reportsEvents.
MATCH (h:Holder)-[:HOLDS]->(p:Position {id: $position})-[:ON]->(i:Issue)
MATCH (p)-[e:EVIDENCED_BY]->(s:Source)
RETURN h.id AS holder, i.id AS issue, p.value AS value, p.confidence AS confidence,
  e.quote AS quote, s.id AS source, s.publisher AS publisher, s.title AS title, s.reliability AS reliability,
  COLLECT { MATCH (ev:Event)-[:REPORTED_BY]->(s) RETURN ev.id ORDER BY ev.id } AS reportsEvents
ORDER BY source, quote
