// Creates the dataset's relations (idempotent). Relationship types cannot be parameters, so each
// type has its own subquery, matching its end nodes by label so every lookup uses the id index.
// Parameters: $rows [{type, from, to, role, stance, quote, source}].
UNWIND $rows AS row
CALL (row) {
  MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to}) WHERE row.type = 'MEMBER_OF'
  MERGE (a)-[:MEMBER_OF]->(b)
}
CALL (row) {
  MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to}) WHERE row.type = 'REPRESENTS'
  MERGE (a)-[:REPRESENTS]->(b)
}
CALL (row) {
  MATCH (a:Actor {id: row.from}), (b:Proposal {id: row.to}) WHERE row.type = 'SPONSORS'
  MERGE (a)-[:SPONSORS]->(b)
}
CALL (row) {
  MATCH (a:Actor {id: row.from}), (b:Event {id: row.to}) WHERE row.type = 'PARTICIPATED_IN'
  MERGE (a)-[r:PARTICIPATED_IN]->(b)
  SET r.role = row.role
}
CALL (row) {
  MATCH (a:Actor {id: row.from}), (b:Proposal {id: row.to}) WHERE row.type = 'REACTED_TO'
  MERGE (a)-[r:REACTED_TO]->(b)
  SET r.stance = row.stance, r.quote = row.quote, r.source = row.source
}
CALL (row) {
  MATCH (a:Event {id: row.from}), (b:Source {id: row.to}) WHERE row.type = 'REPORTED_BY'
  MERGE (a)-[:REPORTED_BY]->(b)
}
