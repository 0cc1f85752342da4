// A runner's items at the LLM right now, per batch (parallel lists), reported about once a second.
MERGE (r:Runner {id: $id})
SET r.workingBatches = $batches, r.workingCounts = $counts, r.reportedAt = timestamp()
