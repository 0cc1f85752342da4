// A cancelled batch's leased items go back to the queue, so their runners can write nothing more.
MATCH (i:Item {batchId: $id, state: 'leased'})
SET i.state = 'queued', i.owner = null, i.leaseExpires = null
RETURN count(i) AS requeued
