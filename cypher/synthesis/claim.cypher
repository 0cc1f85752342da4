// Leases up to $limit items of one batch to runner $runner until now + $leaseMs (server clock).
// Locking the batch node first serializes claims of one batch, so two runners never lease one item:
// every read below sees what earlier claimers committed. Queued and expired items come first, then
// new indexes from b.nextIndex, created as Item nodes (their key is constraint-backed).
MATCH (b:Batch {id: $batchId})
SET b.claims = coalesce(b.claims, 0) + 1
WITH b, timestamp() AS now
WHERE b.status IN ['queued', 'running'] AND (b.maxTokens IS NULL OR b.totalTokens < b.maxTokens)
SET b.status = 'running',
    b.startedAt = coalesce(b.startedAt, now),
    b.runningSince = coalesce(b.runningSince, now),
    b.updatedAt = now
WITH b, now
CALL (b, now) {
  CALL (b, now) {
    MATCH (i:Item {batchId: b.id, state: 'queued'})
    RETURN i ORDER BY i.index LIMIT toInteger($limit)
    UNION
    MATCH (i:Item {batchId: b.id, state: 'leased'})
    WHERE i.leaseExpires < now
    RETURN i ORDER BY i.index LIMIT toInteger($limit)
  }
  WITH i ORDER BY i.index LIMIT toInteger($limit)
  SET i.state = 'leased', i.owner = $runner, i.leaseExpires = now + toInteger($leaseMs), i.attempts = i.attempts + 1
  RETURN collect(i {.index, .draft}) AS reclaimed
}
WITH b, now, reclaimed, toInteger($limit) - size(reclaimed) AS room
WITH b, now, reclaimed, b.nextIndex AS first,
     CASE WHEN b.count - b.nextIndex < room THEN b.count - b.nextIndex ELSE room END AS take
SET b.nextIndex = first + take
WITH b, now, reclaimed, range(first, first + take - 1) AS fresh
CALL (b, now, fresh) {
  UNWIND fresh AS index
  CREATE (i:Item {key: b.id + '/' + toString(index), batchId: b.id, index: index, state: 'leased', owner: $runner, leaseExpires: now + toInteger($leaseMs), attempts: 1})
  CREATE (b)-[:HAS_ITEM]->(i)
  RETURN count(i) AS created
}
RETURN reclaimed + [index IN fresh | {index: index, draft: null}] AS items
