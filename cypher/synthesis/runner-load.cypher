// A runner's items at the LLM right now, per batch (parallel lists), reported about once a second. A report
// is a sign of life too: a runner whose node was removed (a database reset) is listed again at once.
MERGE (r:Runner {id: $id})
SET r.workingBatches = $batches, r.workingCounts = $counts, r.reportedAt = timestamp(), r.seenAt = timestamp(),
    r.role = $role, r.host = $host, r.pid = toInteger($pid), r.concurrency = toInteger($concurrency)
