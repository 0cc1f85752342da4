// Negative weight changes (a replaced document's old pairs); a weight reaching 0 removes the edge.
// $keys[p] is the pair key, $deltas[p] its (negative) change.
UNWIND range(0, size($keys) - 1) AS p
MATCH ()-[r:CO_OCCURS {pair: $keys[p]}]->()
SET r.weight = r.weight + toInteger($deltas[p])
WITH r
WHERE r.weight <= 0
DELETE r
