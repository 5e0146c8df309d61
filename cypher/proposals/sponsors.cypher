// The sponsors of each given proposal.
// Parameters: $ids (proposal ids).
UNWIND $ids AS id
MATCH (a:Actor)-[:SPONSORS]->(:Proposal {id: id})
RETURN id AS key, a {.*} AS actor
ORDER BY a.id
