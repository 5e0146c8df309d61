// Which of the dataset's ids exist already: a count per kind (for the import summary: created vs
// unchanged), and the position ids themselves (new positions are created, existing ones merged).
// Parameters: $actors, $issues, $sources, $events, $proposals, $positions, $changes (lists of ids).
// Rows: one, with actors, issues, sources, events, proposals, changes (counts) and positions (ids).
CALL () { UNWIND $actors AS id MATCH (n:Actor {id: id}) RETURN count(n) AS actors }
CALL () { UNWIND $issues AS id MATCH (n:Issue {id: id}) RETURN count(n) AS issues }
CALL () { UNWIND $sources AS id MATCH (n:Source {id: id}) RETURN count(n) AS sources }
CALL () { UNWIND $events AS id MATCH (n:Event {id: id}) RETURN count(n) AS events }
CALL () { UNWIND $proposals AS id MATCH (n:Proposal {id: id}) RETURN count(n) AS proposals }
CALL () { UNWIND $changes AS id MATCH (n:Change {id: id}) RETURN count(n) AS changes }
CALL () { UNWIND $positions AS id MATCH (n:Position {id: id}) RETURN collect(id) AS positions }
RETURN actors, issues, sources, events, proposals, changes, positions
