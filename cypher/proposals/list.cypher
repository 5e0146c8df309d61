// All proposals, newest first (undated last, ties by id).
// Parameters: $limit.
MATCH (p:Proposal)
RETURN p {.*} AS proposal
ORDER BY p.date IS NULL, p.date DESC, p.id
LIMIT toInteger($limit)
