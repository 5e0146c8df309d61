// Creates an API key; only the SHA-256 hash of its secret is stored. A taken name fails (CONFLICT).
// Parameters: $key {name, role, hash, prefix}.
CREATE (k:ApiKey)
SET k = $key, k.createdAt = datetime(), k.revokedAt = null
RETURN k {.name, .role, .prefix, .createdAt, .revokedAt} AS key
