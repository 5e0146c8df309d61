// The end of a by-holders read, after its columns: each holder's positions in issue order.
// Parameters: none.
ORDER BY issueId
