// Actors' reactions to each given proposal, with stance, quote and the quote's source id.
// Parameters: $ids (proposal ids).
UNWIND $ids AS id
MATCH (a:Actor)-[r:REACTED_TO]->(:Proposal {id: id})
RETURN id AS key, a {.*} AS actor, r.stance AS stance, r.quote AS quote, r.source AS sourceId
ORDER BY a.id
