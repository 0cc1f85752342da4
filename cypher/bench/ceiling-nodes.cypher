// Bench only: plain nodes to hang relationships on when measuring the server's raw write ceiling.
UNWIND range(0, toInteger($count) - 1) AS i
CREATE (n:BenchCeiling {i: i})
RETURN elementId(n) AS nodeId
