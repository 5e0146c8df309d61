// One page of proposals in id order (keyset pagination), for exports; dates as stored (ISO 8601).
// Parameters: $after (last id of the previous page; '' for the first), $batch (page size).
// Rows: id, name, date, description.
MATCH (p:Proposal)
WHERE p.id > $after
RETURN p.id AS id, p.name AS name, toString(p.date) AS date, p.description AS description
ORDER BY id
LIMIT toInteger($batch)
