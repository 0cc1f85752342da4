// Batches a runner works on, oldest first, unless over their token budget.
MATCH (b:Batch)
WHERE b.status IN ['queued', 'running'] AND (b.maxTokens IS NULL OR b.totalTokens < b.maxTokens)
  AND ($only IS NULL OR b.id = $only)
RETURN b.id AS id, b.params AS params, b.maxTokens AS maxTokens, b.totalTokens AS totalTokens
ORDER BY b.createdAt
