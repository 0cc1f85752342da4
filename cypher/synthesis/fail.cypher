// Records a failed item with its class; its draft (a finished problem step) is kept for a retry.
MATCH (i:Item {key: $key})
SET i.touched = timestamp()
WITH i
WHERE i.state = 'leased' AND i.owner = $runner
MATCH (b:Batch {id: i.batchId})
WHERE b.status <> 'cancelled'
SET i.state = 'failed', i.failureClass = $failureClass, i.message = $message, i.failedAt = timestamp(), i.leaseExpires = null,
    i.draft = $draft
SET b.failed = b.failed + 1,
    b.promptTokens = b.promptTokens + toInteger($tokens.prompt),
    b.completionTokens = b.completionTokens + toInteger($tokens.completion),
    b.totalTokens = b.totalTokens + toInteger($tokens.total),
    b.updatedAt = timestamp()
RETURN i.key AS key
