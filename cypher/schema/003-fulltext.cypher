// Full-text search over actor names and aliases, and over source titles and publishers.
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.aliases];
CREATE FULLTEXT INDEX source_titles IF NOT EXISTS FOR (n:Source) ON EACH [n.title, n.publisher];
