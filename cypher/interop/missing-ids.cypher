// Which ids of an export's filters do not exist, so that a typo is an error, not an empty file.
// Parameters: $issues (issue ids or null), $holders (actor or proposal ids or null).
// Rows: one, with issues and holders: the unknown ids, in the order given.
RETURN [id IN coalesce($issues, []) WHERE NOT EXISTS { MATCH (:Issue {id: id}) }] AS issues,
  [id IN coalesce($holders, []) WHERE NOT EXISTS { MATCH (:Holder {id: id}) }] AS holders
