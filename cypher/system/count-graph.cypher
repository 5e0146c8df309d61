// Counts every node and relationship; tests use it to prove that rejected writes wrote nothing.
// Parameters: none.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
