// Creates an actor; a taken id fails on the Holder/Actor id constraints (mapped to CONFLICT).
// Parameters: $actor {id, name, kind, aliases, capability, description}.
CREATE (a:Actor:Holder)
SET a = $actor
RETURN a {.*} AS actor
