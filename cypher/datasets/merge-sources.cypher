// Creates or updates sources by id (idempotent).
// Parameters: $rows [{id, publisher, title, url, publishedAt (ISO or null), reliability}].
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s.publisher = row.publisher, s.title = row.title, s.url = row.url,
  s.publishedAt = datetime(row.publishedAt), s.reliability = row.reliability
