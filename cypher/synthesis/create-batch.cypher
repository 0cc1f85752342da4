// A new batch, queued until a runner claims its first items. $batch holds every stored field.
CREATE (b:Batch)
SET b = $batch,
    b.count = toInteger($batch.count),
    b.seed = toInteger($batch.seed),
    b.maxTokens = CASE WHEN $batch.maxTokens IS NULL THEN null ELSE toInteger($batch.maxTokens) END,
    b.status = 'queued',
    b.nextIndex = 0, b.done = 0, b.failed = 0, b.fallbacks = 0, b.flagged = 0,
    b.promptTokens = 0, b.completionTokens = 0, b.totalTokens = 0,
    b.doneAtRunStart = 0,
    b.createdAt = timestamp(), b.updatedAt = timestamp()
RETURN b {.*} AS batch
