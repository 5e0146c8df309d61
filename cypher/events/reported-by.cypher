// The sources that report each given event.
// Parameters: $ids (event ids).
UNWIND $ids AS id
MATCH (:Event {id: id})-[:REPORTED_BY]->(s:Source)
RETURN id AS key, s {.*} AS source
ORDER BY s.id
