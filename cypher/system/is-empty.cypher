// Whether the database holds no domain data yet (start-up loads the seed dataset only then).
// Parameters: none.
OPTIONAL MATCH (n) WHERE n:Actor OR n:Issue OR n:Position OR n:Source
WITH n LIMIT 1
RETURN n IS NULL AS empty
