// Pairs with an element created in this transaction cannot exist yet: plain CREATE, no lookup.
// $pairs is flat [a, b, delta, a, b, delta, …] with a, b indexes into $elementIds (a before b in
// (type, key) order); $keys[p] is pair p's unordered-pair key.
UNWIND range(0, size($elementIds) - 1) AS i
MATCH (e:Element) WHERE elementId(e) = $elementIds[i]
WITH i, e ORDER BY i
WITH collect(e) AS elements
// Every id was upserted earlier in this transaction; a missing one would shift indexes, so fail loudly.
WITH elements, 1 / CASE WHEN size(elements) = size($elementIds) THEN 1 ELSE 0 END AS aligned
UNWIND range(0, size($keys) - 1) AS p
WITH elements[toInteger($pairs[3 * p])] AS a, elements[toInteger($pairs[3 * p + 1])] AS b, toInteger($pairs[3 * p + 2]) AS delta, $keys[p] AS key
CREATE (a)-[:CO_OCCURS {pair: key, weight: delta}]->(b)
