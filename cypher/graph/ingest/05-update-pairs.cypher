// One CO_OCCURS per unordered pair, stored from the lower to the higher element id (type, key);
// $pairs come sorted in that order, so concurrent ingests touch relationships in the same order.
UNWIND $pairs AS pair
MATCH (a:Element) WHERE elementId(a) = pair.a
MATCH (b:Element) WHERE elementId(b) = pair.b
MERGE (a)-[r:CO_OCCURS]->(b)
  ON CREATE SET r.weight = 0
SET r.weight = r.weight + toInteger(pair.delta)
WITH r
WHERE r.weight <= 0
DELETE r
