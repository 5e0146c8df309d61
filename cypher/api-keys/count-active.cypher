// How many keys are not revoked (none: the server runs open on loopback).
// Parameters: none.
MATCH (k:ApiKey) WHERE k.revokedAt IS NULL
RETURN count(k) AS active
