// Columns of positions-page.cypher for exports that show more than the dataset format: the
// holder's and the issue's names, whether the holder is an actor, its capability (1 for a
// proposal) and the confidence derived from the evidence. position-columns.cypher follows.
// Rows: holderName, holderIsActor, capability, issueName, confidence.
// Parameters: none.
h.name AS holderName, h:Actor AS holderIsActor,
CASE WHEN h:Actor THEN coalesce(h.capability, 1.0) ELSE 1.0 END AS capability,
i.name AS issueName, x.confidence AS confidence,
