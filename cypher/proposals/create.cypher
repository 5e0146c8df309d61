// Creates a proposal with its sponsors; a taken id (also by an actor: both are Holders) fails (CONFLICT).
// Parameters: $proposal {id, name, description}, $date (ISO or null), $sponsors [actor ids].
CREATE (p:Proposal:Holder)
SET p = $proposal, p.date = datetime($date)
WITH p
CALL (p) {
  UNWIND $sponsors AS sponsorId
  MATCH (a:Actor {id: sponsorId})
  MERGE (a)-[:SPONSORS]->(p)
}
RETURN p {.*} AS proposal
