// Updates the given properties of an actor (null in $changes leaves a property as it is).
// Parameters: $id, $changes {name?, kind?, aliases?, capability?, description?}.
MATCH (a:Actor {id: $id})
SET a.name = coalesce($changes.name, a.name),
  a.kind = coalesce($changes.kind, a.kind),
  a.aliases = coalesce($changes.aliases, a.aliases),
  a.capability = coalesce($changes.capability, a.capability),
  a.description = coalesce($changes.description, a.description)
RETURN a {.*} AS actor
