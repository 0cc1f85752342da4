// LLM tokens per user: every batch's stored token counters summed by who launched it. Batches launched
// before sign-in have no launcher and form one group (actorId null).
MATCH (b:Batch)
WITH b ORDER BY b.createdAt DESC
WITH b.launchedById AS actorId, collect(b.launchedByName)[0] AS actorName, count(b) AS batches,
  sum(coalesce(b.promptTokens, 0)) AS promptTokens, sum(coalesce(b.completionTokens, 0)) AS completionTokens,
  sum(coalesce(b.totalTokens, 0)) AS totalTokens
RETURN actorId, actorName, batches, promptTokens, completionTokens, totalTokens
ORDER BY totalTokens DESC, actorName
