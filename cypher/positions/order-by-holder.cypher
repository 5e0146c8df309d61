// The order of a by-issues read, after its columns: each issue's positions by holder id (the
// row's second element, see columns.cypher).
// Parameters: none.
WITH key, row ORDER BY row[1]
