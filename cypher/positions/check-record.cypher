// What recordPosition checks before it writes, in one read: whether the holder and the issue
// exist, which evidence sources do not, and when the holder's open position on the issue began.
// Parameters: $holder, $issue (ids), $sources (source ids).
OPTIONAL MATCH (h:Holder {id: $holder})
OPTIONAL MATCH (i:Issue {id: $issue})
RETURN h IS NOT NULL AS holderFound, i IS NOT NULL AS issueFound,
  [id IN $sources WHERE NOT EXISTS { MATCH (:Source {id: id}) }] AS missingSources,
  head(COLLECT {
    MATCH (h)-[:HOLDS]->(open:Position)-[:ON]->(i)
    WHERE open.validTo IS NULL
    RETURN open {.id, validFrom: open.validFrom.epochMillis}
  }) AS open
