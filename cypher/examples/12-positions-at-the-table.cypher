// Which positions were at the table of an event: its participants, the party each one speaks
// for (following REPRESENTS up to the top, e.g. an adviser -> the Kremlin -> Russia), and that
// party's positions valid on the day of the event.
// Parameters:
// :param event => 'moscow-talks-2025-12-02'
// Rows: participant, role, party, issue, value, redLine.
MATCH (participant:Actor)-[r:PARTICIPATED_IN]->(e:Event {id: $event})
MATCH (participant)-[:REPRESENTS*0..5]->(party:Actor)
WHERE NOT EXISTS { (party)-[:REPRESENTS]->() }
MATCH (party)-[:HOLDS]->(p:Position)-[:ON]->(i:Issue)
WHERE p.validFrom <= e.date AND (p.validTo IS NULL OR e.date < p.validTo)
RETURN participant.id AS participant, r.role AS role, party.id AS party, i.id AS issue, p.value AS value,
  p.redLine AS redLine
ORDER BY participant, issue
