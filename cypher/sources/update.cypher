// Updates the given properties of a source (null leaves a property as it is) and refreshes the
// confidence of the positions it evidences, since that follows from its reliability.
// Parameters: $id, $changes {publisher?, title?, url?, reliability?}, $publishedAt (ISO or null).
MATCH (s:Source {id: $id})
SET s.publisher = coalesce($changes.publisher, s.publisher),
  s.title = coalesce($changes.title, s.title),
  s.url = coalesce($changes.url, s.url),
  s.reliability = coalesce($changes.reliability, s.reliability),
  s.publishedAt = coalesce(datetime($publishedAt), s.publishedAt)
WITH s
CALL (s) {
  MATCH (p:Position)-[:EVIDENCED_BY]->(s)
  RETURN collect(DISTINCT p.id) AS evidenced
}
RETURN s {.*} AS source, evidenced
