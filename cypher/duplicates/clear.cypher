// Drops the near-duplicate links that will be recomputed: all of them, or those touching one batch.
MATCH (a:Problem)-[d:NEAR_DUPLICATE]->(b:Problem)
WHERE $batch IS NULL OR a.batchId = $batch OR b.batchId = $batch
DELETE d
