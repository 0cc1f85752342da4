// The runners working on one batch: alive (heard from within $withinMs) and holding a live lease on one
// of its items, or reporting items of it at the LLM within the last 5 s.
MATCH (b:Batch {id: $id})
CALL (b) {
  OPTIONAL MATCH (i:Item {batchId: b.id, state: 'leased'})
  WHERE i.leaseExpires >= timestamp()
  RETURN collect(DISTINCT i.owner) AS leasing
}
MATCH (r:Runner)
WHERE r.seenAt >= timestamp() - toInteger($withinMs)
  AND (r.id IN leasing OR (r.reportedAt >= timestamp() - 5000 AND b.id IN coalesce(r.workingBatches, [])))
RETURN r {.id, .host, .pid, .concurrency, .seenAt, role: coalesce(r.role, 'runner')} AS runner
ORDER BY r.id
