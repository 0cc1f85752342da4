// After an item ends: a batch with every item ended is done; a running batch at its budget pauses.
MATCH (b:Batch {id: $batchId})
WITH b,
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
RETURN b.status AS status
