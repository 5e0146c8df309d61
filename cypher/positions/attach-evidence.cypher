// Attaches a verbatim quote from a source to a position (idempotent for the same quote).
// Parameters: $id (position id), $source (source id), $quote.
MATCH (p:Position {id: $id}), (s:Source {id: $source})
MERGE (p)-[:EVIDENCED_BY {quote: $quote}]->(s)
RETURN p.id AS id
