// The newest batches with the items leased right now.
MATCH (b:Batch)
WITH b ORDER BY b.createdAt DESC LIMIT toInteger($limit)
CALL (b) {
  MATCH (i:Item {batchId: b.id, state: 'leased'})
  WHERE i.leaseExpires >= timestamp()
  RETURN count(i) AS inFlight
}
RETURN b {.*} AS batch, inFlight, timestamp() AS now
