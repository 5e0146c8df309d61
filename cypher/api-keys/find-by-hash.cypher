// The key whose secret has this hash, if any (revoked keys too: the caller refuses them).
// Parameters: $hash.
MATCH (k:ApiKey {hash: $hash})
RETURN k {.name, .role, .prefix, .createdAt, .revokedAt} AS key
