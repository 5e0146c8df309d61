// The datasets imported into the graph, for the header of an export. Parameters: none.
// Rows: id, title, description, license, createdAt (ISO 8601 as stored), in id order.
MATCH (d:Dataset)
RETURN d.id AS id, d.title AS title, d.description AS description, d.license AS license,
  toString(d.createdAt) AS createdAt
ORDER BY id
