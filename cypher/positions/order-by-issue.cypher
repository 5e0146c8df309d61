// The order of a by-holders read, after its columns: each holder's positions by issue id (the
// row's third element, see columns.cypher).
// Parameters: none.
WITH key, row ORDER BY row[2]
