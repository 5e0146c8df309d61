// One page of sources in id order (keyset pagination), for exports; dates as stored (ISO 8601).
// Parameters: $after (last id of the previous page; '' for the first), $batch (page size).
// Rows: id, publisher, title, url, publishedAt, reliability.
MATCH (s:Source)
WHERE s.id > $after
RETURN s.id AS id, s.publisher AS publisher, s.title AS title, s.url AS url,
  toString(s.publishedAt) AS publishedAt, s.reliability AS reliability
ORDER BY id
LIMIT toInteger($batch)
