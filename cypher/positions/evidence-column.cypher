// The evidence of a position read, appended to its row (columns.cypher, then the issue if shown)
// when the query shows the evidence: {quote, source} with the whole source, or when $sourceFields
// is given [quote, source id, source properties in order], ordered by source id and quote.
// Parameters: $sourceFields (list or null).
WITH key, p, i, row + [CASE WHEN p IS NOT NULL THEN COLLECT {
  MATCH (p)-[e:EVIDENCED_BY]->(s:Source)
  RETURN CASE WHEN $sourceFields IS NULL THEN {quote: e.quote, source: s {.*}}
    ELSE [e.quote, s.id, [f IN $sourceFields | s[f]]] END AS evidence ORDER BY s.id, e.quote
} END] AS row
