// Positive weight changes between existing elements, found through the unique `pair` index and
// taken in key order, so concurrent ingests lock relationships alike. Same $pairs layout as 05.
UNWIND range(0, size($elementIds) - 1) AS i
MATCH (e:Element) WHERE elementId(e) = $elementIds[i]
WITH i, e ORDER BY i
WITH collect(e) AS elements
// Every id was upserted earlier in this transaction; a missing one would shift indexes, so fail loudly.
WITH elements, 1 / CASE WHEN size(elements) = size($elementIds) THEN 1 ELSE 0 END AS aligned
UNWIND range(0, size($keys) - 1) AS p
WITH elements[toInteger($pairs[3 * p])] AS a, elements[toInteger($pairs[3 * p + 1])] AS b, toInteger($pairs[3 * p + 2]) AS delta, $keys[p] AS key
MERGE (a)-[r:CO_OCCURS {pair: key}]->(b)
  ON CREATE SET r.weight = delta
  ON MATCH SET r.weight = r.weight + delta
