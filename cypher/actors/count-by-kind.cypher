// The number of actors of kind $kind (through the actor_kind index): the start of a page of
// actors filtered by kind alone. Not a query alone: list-page.cypher follows.
// Parameters: $kind (ActorKind).
WITH COUNT { (:Actor {kind: $kind}) } AS total
