// Tests only: how many batches exist (a launched batch, whoever launched it, is one more).
MATCH (b:Batch)
RETURN count(b) AS batches
