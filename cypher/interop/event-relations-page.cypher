// One page of events in id order (keyset pagination) with the sources reporting each
// (REPORTED_BY). Every event of the page is a row, also without sources.
// Parameters: $after (last id of the previous page; '' for the first), $batch (page size).
// Rows: id (the event), sources (source ids in id order).
MATCH (e:Event)
WHERE e.id > $after
RETURN e.id AS id, COLLECT { MATCH (e)-[:REPORTED_BY]->(s:Source) RETURN s.id ORDER BY s.id } AS sources
ORDER BY id
LIMIT toInteger($batch)
