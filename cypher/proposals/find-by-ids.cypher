// Proposals by id, for batch loading.
// Parameters: $ids (proposal ids).
UNWIND $ids AS id
MATCH (p:Proposal {id: id})
RETURN p {.*} AS proposal
