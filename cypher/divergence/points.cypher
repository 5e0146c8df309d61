// The divergence matrix in one read: every position valid at $asOf as a flat row, for the
// pure divergence mathematics (src/divergence/math). Never run once per pair.
// Parameters: $asOf (ISO date-time); $holders (holder ids, or null = every Actor; proposals count
//   only when listed here); $issues (issue ids, or null = every issue).
// Rows: positionId, holderId, issueId, value, salience, acceptableMin, acceptableMax, redLine,
//   capability (the actor's capability, default 1.0; 1.0 for a proposal); ordered by holder, issue.
// Each branch starts from the most selective index: listed holders, listed issues, or (all) the
// Actor label, expanding each actor's positions (cheaper than scanning every Position version).
CALL {
  UNWIND $holders AS holderId
  WITH DISTINCT holderId
  MATCH (h:Holder {id: holderId})-[:HOLDS]->(p:Position)-[:ON]->(i:Issue)
  WHERE ($issues IS NULL OR i.id IN $issues)
    AND p.validFrom <= datetime($asOf) AND (p.validTo IS NULL OR datetime($asOf) < p.validTo)
  RETURN h, p, i
  UNION ALL
  UNWIND CASE WHEN $holders IS NULL THEN $issues END AS issueId
  WITH DISTINCT issueId
  MATCH (h:Actor)-[:HOLDS]->(p:Position)-[:ON]->(i:Issue {id: issueId})
  WHERE p.validFrom <= datetime($asOf) AND (p.validTo IS NULL OR datetime($asOf) < p.validTo)
  RETURN h, p, i
  UNION ALL
  WITH 1 AS everything
  WHERE $holders IS NULL AND $issues IS NULL
  MATCH (h:Actor)
  CALL (h) {
    MATCH (h)-[:HOLDS]->(p:Position)
    WHERE p.validFrom <= datetime($asOf) AND (p.validTo IS NULL OR datetime($asOf) < p.validTo)
    MATCH (p)-[:ON]->(i:Issue)
    RETURN p, i
  }
  RETURN h, p, i
}
RETURN p.id AS positionId, h.id AS holderId, i.id AS issueId, p.value AS value, p.salience AS salience,
  p.acceptableMin AS acceptableMin, p.acceptableMax AS acceptableMax, coalesce(p.redLine, false) AS redLine,
  CASE WHEN h:Actor THEN coalesce(h.capability, 1.0) ELSE 1.0 END AS capability
ORDER BY holderId, issueId
