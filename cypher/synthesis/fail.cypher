// Records failed items with their class ($rows: [{key, failureClass, message, draft}]); a draft (a
// finished problem step) is kept for a retry. Counters are added by add-counters.
UNWIND $rows AS row
MATCH (i:Item {key: row.key})
SET i.touched = timestamp()
WITH i, row
WHERE i.state = 'leased' AND i.owner = $runner
SET i.state = 'failed', i.failureClass = row.failureClass, i.message = row.message, i.failedAt = timestamp(),
    i.leaseExpires = null, i.draft = row.draft
RETURN i.key AS key, i.batchId AS batchId
