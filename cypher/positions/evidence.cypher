// The evidence of each given position: verbatim quotes and their sources.
// Parameters: $ids (position ids).
UNWIND $ids AS id
MATCH (:Position {id: id})-[e:EVIDENCED_BY]->(s:Source)
RETURN id AS key, e.quote AS quote, s {.*} AS source
ORDER BY s.id, e.quote
