// Updates the given properties of a proposal; given sponsors are added (MERGE).
// Parameters: $id, $changes {name?, description?}, $date (ISO or null), $sponsors [actor ids].
MATCH (p:Proposal {id: $id})
SET p.name = coalesce($changes.name, p.name),
  p.description = coalesce($changes.description, p.description),
  p.date = coalesce(datetime($date), p.date)
WITH p
CALL (p) {
  UNWIND $sponsors AS sponsorId
  MATCH (a:Actor {id: sponsorId})
  MERGE (a)-[:SPONSORS]->(p)
}
RETURN p {.*} AS proposal
