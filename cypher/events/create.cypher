// Creates an event with its participants and reporting sources; a taken id fails (CONFLICT).
// Parameters: $event {id, name, kind, place}, $date (ISO), $participants [{actor, role}], $sources [ids].
CREATE (e:Event)
SET e = $event, e.date = datetime($date)
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
