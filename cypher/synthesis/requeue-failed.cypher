// "Retry failed": failed items (of one class, or all) are queued again; their drafts are kept.
MATCH (i:Item {batchId: $id, state: 'failed'})
WHERE $failureClass IS NULL OR i.failureClass = $failureClass
SET i.state = 'queued', i.retriedFrom = i.failureClass
REMOVE i.failureClass, i.message, i.failedAt
RETURN count(i) AS requeued
