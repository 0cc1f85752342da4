// The statuses of the batches a runner holds items of (a read: it waits behind no write's locks).
UNWIND $ids AS id
MATCH (b:Batch {id: id})
RETURN b.id AS id, b.status AS status
