// One page of actors in id order (keyset pagination) with the relations that start at each:
// MEMBER_OF, REPRESENTS, SPONSORS, PARTICIPATED_IN, REACTED_TO. Every actor of the page is a row,
// also without relations, so that the caller can move its cursor on.
// Parameters: $after (last id of the previous page; '' for the first), $batch (page size),
//   $holders (ids to keep, or null = every actor; an actor at the other end must be kept too).
// Rows: id (the start actor), relations [{type, to, role, stance, quote, source}] ordered by type, then to.
MATCH (a:Actor)
WHERE a.id > $after AND ($holders IS NULL OR a.id IN $holders)
RETURN a.id AS id,
  COLLECT {
    MATCH (a)-[r:MEMBER_OF|REPRESENTS|SPONSORS|PARTICIPATED_IN|REACTED_TO]->(b)
    WHERE $holders IS NULL OR NOT b:Actor OR b.id IN $holders
    RETURN {type: type(r), to: b.id, role: r.role, stance: r.stance, quote: r.quote, source: r.source} AS relation
    ORDER BY type(r), b.id
  } AS relations
ORDER BY id
LIMIT toInteger($batch)
