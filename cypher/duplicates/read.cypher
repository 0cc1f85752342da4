// One page of problem statements in key order, for near-duplicate detection.
MATCH (p:Problem)
WHERE p.key > $after
WITH p ORDER BY p.key
LIMIT toInteger($limit)
RETURN p.key AS key, p.batchId AS batchId, p.statement AS statement
