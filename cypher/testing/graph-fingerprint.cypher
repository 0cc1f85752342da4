// Tests only: every node with its labels, properties and outgoing relationships, to compare the graph before/after.
MATCH (n)
OPTIONAL MATCH (n)-[r]->(m)
WITH n, r, m
ORDER BY elementId(r)
WITH n, collect(CASE WHEN r IS NULL THEN NULL ELSE [type(r), properties(r), elementId(m)] END) AS out
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props, out
ORDER BY id
