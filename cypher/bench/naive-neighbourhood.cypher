// Bench baseline: the obvious neighbourhood query, finding edges among the neighbours by
// expanding every node in the view (what the pair-key lookup in graph/explore avoids).
MATCH (f:Element {type: $type, key: $key})-[r:CO_OCCURS]-(n:Element)
WITH f, n, r.weight AS weight
ORDER BY weight DESC
LIMIT toInteger($limit)
WITH f, collect(n) AS neighbours
WITH neighbours + f AS nodes
UNWIND nodes AS a
MATCH (a)-[r:CO_OCCURS]->(b)
WHERE b IN nodes
RETURN count(r) AS edges
