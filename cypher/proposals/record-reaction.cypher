// Records (or replaces) an actor's reaction to a proposal.
// Parameters: $actor, $proposal (ids), $stance, $quote (or null), $source (source id or null).
MATCH (a:Actor {id: $actor}), (p:Proposal {id: $proposal})
MERGE (a)-[r:REACTED_TO]->(p)
SET r.stance = $stance, r.quote = $quote, r.source = $source
RETURN a {.*} AS actor, r.stance AS stance, r.quote AS quote, r.source AS sourceId
