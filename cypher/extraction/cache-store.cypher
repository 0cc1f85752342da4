// Stores one validated extraction; the first writer of a key wins, so a repeat is a no-op.
MERGE (e:Extraction {key: $key})
ON CREATE SET e.docId = $docId, e.docHash = $docHash, e.promptHash = $promptHash, e.model = $model,
  e.record = $record, e.promptTokens = $promptTokens, e.completionTokens = $completionTokens,
  e.totalTokens = $totalTokens, e.attempts = $attempts, e.createdAt = datetime()
RETURN e.key AS key
