// The ids of the actors who took part in one event (PARTICIPATED_IN), in id order: the default
// parties of an agreement zone computed for that event.
// Parameters: $event (event id).
MATCH (a:Actor)-[:PARTICIPATED_IN]->(:Event {id: $event})
RETURN DISTINCT a.id AS actorId
ORDER BY actorId
