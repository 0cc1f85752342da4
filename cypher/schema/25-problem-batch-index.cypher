// Exports read each batch's problems in item order (batch, then numeric index), page by page.
CREATE INDEX problem_batch_index IF NOT EXISTS
FOR (p:Problem) ON (p.batchId, p.index)
