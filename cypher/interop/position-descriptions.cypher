// Columns of positions-page.cypher for exports that show more than the dataset format: the
// holder's and the issue's names and the confidence derived from the evidence.
// position-columns.cypher follows.
// Rows: holderName, issueName, confidence.
// Parameters: none.
h.name AS holderName, i.name AS issueName, x.confidence AS confidence,
