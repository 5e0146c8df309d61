// Revokes a key by name (kept for the audit trail, refused from then on).
// Parameters: $name.
MATCH (k:ApiKey {name: $name})
SET k.revokedAt = coalesce(k.revokedAt, datetime())
RETURN k {.name, .role, .prefix, .createdAt, .revokedAt} AS key
