// One page of actors in id order (keyset pagination), for exports.
// Parameters: $after (last id of the previous page; '' for the first), $batch (page size),
//   $holders (actor or proposal ids to keep, or null = every actor).
// Rows: id, name, kind, aliases, capability, description.
MATCH (a:Actor)
WHERE a.id > $after AND ($holders IS NULL OR a.id IN $holders)
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases, a.capability AS capability,
  a.description AS description
ORDER BY id
LIMIT toInteger($batch)
