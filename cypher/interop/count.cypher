// How many rows an export will write per kind (for progress), with the same filters as the pages.
// Parameters: $asOf (ISO date-time or null), $issues (issue ids or null), $holders (holder ids or null).
// Rows: one, with actors, issues, sources, events, proposals, positions, changes (the audit trail
// entries an export with changes writes).
CALL () {
  MATCH (a:Actor) WHERE $holders IS NULL OR a.id IN $holders RETURN count(a) AS actors
}
CALL () {
  MATCH (i:Issue)
  WHERE $issues IS NULL OR i.id IN $issues OR EXISTS { MATCH (c:Issue)-[:PART_OF*1..]->(i) WHERE c.id IN $issues }
  RETURN count(i) AS issues
}
CALL () { MATCH (s:Source) RETURN count(s) AS sources }
CALL () { MATCH (e:Event) RETURN count(e) AS events }
CALL () { MATCH (p:Proposal) RETURN count(p) AS proposals }
// Unfiltered, the positions are counted from Neo4j's count store (every position has its holder
// and issue), instead of following 100,000 positions to them before the first page is read.
CALL () {
  WITH * WHERE $asOf IS NULL AND $issues IS NULL AND $holders IS NULL
  RETURN COUNT { (:Position) } AS positions
  UNION ALL
  WITH * WHERE NOT ($asOf IS NULL AND $issues IS NULL AND $holders IS NULL)
  MATCH (h:Holder)-[:HOLDS]->(p:Position)-[:ON]->(i:Issue)
  WHERE ($asOf IS NULL OR (p.validFrom <= datetime($asOf) AND (p.validTo IS NULL OR datetime($asOf) < p.validTo)))
    AND ($issues IS NULL OR i.id IN $issues) AND ($holders IS NULL OR h.id IN $holders)
  RETURN count(p) AS positions
}
CALL () {
  MATCH (c:Change)
  WHERE ($asOf IS NULL OR c.at <= datetime($asOf))
    AND ($issues IS NULL OR any(id IN $issues WHERE id IN c.touched))
    AND ($holders IS NULL OR any(id IN $holders WHERE id IN c.touched))
  RETURN count(c) AS changes
}
RETURN actors, issues, sources, events, proposals, positions, changes
