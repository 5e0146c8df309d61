// The end of a by-issues read, after its columns: each issue's positions in holder order.
// Parameters: none.
ORDER BY holderId
