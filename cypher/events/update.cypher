// Updates the given properties of an event; given participants and sources are added (MERGE).
// Parameters: $id, $changes {name?, kind?, place?}, $date (ISO or null), $participants [{actor, role}], $sources [ids].
MATCH (e:Event {id: $id})
SET e.name = coalesce($changes.name, e.name),
  e.kind = coalesce($changes.kind, e.kind),
  e.place = coalesce($changes.place, e.place),
  e.date = coalesce(datetime($date), e.date)
WITH e
CALL (e) {
  UNWIND $participants AS participant
  MATCH (a:Actor {id: participant.actor})
  MERGE (a)-[r:PARTICIPATED_IN]->(e)
  SET r.role = participant.role
}
CALL (e) {
  UNWIND $sources AS sourceId
  MATCH (s:Source {id: sourceId})
  MERGE (e)-[:REPORTED_BY]->(s)
}
RETURN e {.*} AS event
