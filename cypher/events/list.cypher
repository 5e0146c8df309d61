// Events in a date window, oldest first (ties by id).
// Parameters: $from, $to (ISO date-times or null), $actor (participant id or null), $limit.
MATCH (e:Event)
WHERE ($from IS NULL OR e.date >= datetime($from)) AND ($to IS NULL OR e.date <= datetime($to))
  AND ($actor IS NULL OR EXISTS { MATCH (:Actor {id: $actor})-[:PARTICIPATED_IN]->(e) })
RETURN e {.*} AS event
ORDER BY e.date, e.id
LIMIT toInteger($limit)
