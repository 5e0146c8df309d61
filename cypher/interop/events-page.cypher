// One page of events in id order (keyset pagination), for exports; dates as stored (ISO 8601).
// Parameters: $after (last id of the previous page; '' for the first), $batch (page size).
// Rows: id, name, kind, date, place.
MATCH (e:Event)
WHERE e.id > $after
RETURN e.id AS id, e.name AS name, e.kind AS kind, toString(e.date) AS date, e.place AS place
ORDER BY id
LIMIT toInteger($batch)
