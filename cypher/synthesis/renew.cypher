// Extends this runner's leases and reports the status of their batches (a cancelled batch is dropped).
UNWIND $keys AS key
MATCH (i:Item {key: key})
WHERE i.owner = $runner AND i.state = 'leased'
SET i.leaseExpires = timestamp() + toInteger($leaseMs)
WITH i
MATCH (b:Batch {id: i.batchId})
RETURN i.key AS key, b.status AS status
