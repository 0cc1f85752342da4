// One batch with its items at the LLM right now, as runners last reported them.
MATCH (b:Batch {id: $id})
CALL (b) {
  MATCH (r:Runner)
  WHERE r.reportedAt >= timestamp() - 5000 AND b.id IN r.workingBatches
  RETURN sum(reduce(n = 0, i IN range(0, size(r.workingBatches) - 1) |
    n + CASE WHEN r.workingBatches[i] = b.id THEN r.workingCounts[i] ELSE 0 END)) AS inFlight
}
RETURN b {.*} AS batch, inFlight, timestamp() AS now
