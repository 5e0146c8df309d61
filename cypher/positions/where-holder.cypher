// A filter of a page of positions started from an issue (list-from-issue.cypher): only the
// positions of holder $holder. Each filter is its own part, joined only when asked for, so that
// Neo4j evaluates no test of an argument that was not given on every match.
// Parameters: $holder (id).
WITH h, p, i WHERE h.id = $holder
