// Who reacted to a proposal, and how: each actor's stance (SUPPORTS, OPPOSES, MIXED), the
// verbatim words and the source reporting them, and the proposal's sponsors for contrast.
// Parameters:
// :param proposal => 'eu-counter-proposal'
// Rows: actor, stance, quote, reportedBy, sponsors.
MATCH (a:Actor)-[r:REACTED_TO]->(p:Proposal {id: $proposal})
OPTIONAL MATCH (s:Source {id: r.source})
RETURN a.id AS actor, r.stance AS stance, r.quote AS quote, s.publisher AS reportedBy,
  COLLECT { MATCH (sponsor:Actor)-[:SPONSORS]->(p) RETURN sponsor.id ORDER BY sponsor.id } AS sponsors
ORDER BY actor
