// Creates a source; a taken id fails on the constraint (CONFLICT).
// Parameters: $source {id, publisher, title, url, reliability}, $publishedAt (ISO or null).
CREATE (s:Source)
SET s = $source, s.publishedAt = datetime($publishedAt)
RETURN s {.*} AS source
