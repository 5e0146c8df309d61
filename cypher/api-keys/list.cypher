// All API keys, newest first, without their hashes.
// Parameters: none.
MATCH (k:ApiKey)
RETURN k {.name, .role, .prefix, .createdAt, .revokedAt} AS key
ORDER BY k.createdAt DESC
