// Bench only: the cheapest possible relationship write (CREATE between known nodes, no MERGE,
// no index), with the same compact parameter layout the ingest uses.
UNWIND range(0, size($nodeIds) - 1) AS i
MATCH (n:BenchCeiling) WHERE elementId(n) = $nodeIds[i]
WITH i, n ORDER BY i
WITH collect(n) AS nodes
UNWIND range(0, size($pairs) / 2 - 1) AS p
WITH nodes[toInteger($pairs[2 * p])] AS a, nodes[toInteger($pairs[2 * p + 1])] AS b
CREATE (a)-[:BENCH_CEILING {weight: 1}]->(b)
