// Adds what one write of a runner finished to its batches' counters, then settles each batch: all
// items ended → done; a running batch at its token budget → paused, saying why. `before` is the status
// before this write, so exactly one writer sees a batch become done.
UNWIND $batches AS row
MATCH (b:Batch {id: row.id})
SET b.done = b.done + toInteger(row.done),
    b.failed = b.failed + toInteger(row.failed),
    b.promptTokens = b.promptTokens + toInteger(row.prompt),
    b.completionTokens = b.completionTokens + toInteger(row.completion),
    b.totalTokens = b.totalTokens + toInteger(row.total),
    b.fallbacks = b.fallbacks + toInteger(row.fallbacks),
    b.flagged = b.flagged + toInteger(row.flagged),
    b.updatedAt = timestamp()
WITH b, b.status AS before,
     b.status IN ['running', 'paused'] AND b.done + b.failed >= b.count AS complete,
     b.status = 'running' AND b.maxTokens IS NOT NULL AND b.totalTokens >= b.maxTokens AS overBudget
SET b.status = CASE WHEN complete THEN 'done' WHEN overBudget THEN 'paused' ELSE b.status END,
    b.pauseReason = CASE
      WHEN complete THEN null
      WHEN overBudget THEN 'Token budget reached: ' + toString(b.totalTokens) + ' of ' + toString(b.maxTokens) +
        ' tokens used. Raise or remove the budget to resume.'
      ELSE b.pauseReason END,
    b.finishedAt = CASE WHEN complete THEN coalesce(b.finishedAt, timestamp()) ELSE b.finishedAt END,
    b.runningSince = CASE WHEN complete OR overBudget THEN null ELSE b.runningSince END
RETURN b.id AS id, b.status AS status, before, b.totalTokens AS totalTokens
