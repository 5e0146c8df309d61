// The number of actors (the label's count): the start of a page of actors without filters.
// Not a query alone: list-page.cypher follows (ActorsRepository.list joins them).
// Parameters: none.
WITH COUNT { (:Actor) } AS total
