// Runners claim queued and expired items of a batch; the batch page counts items by state.
CREATE INDEX item_batch_state IF NOT EXISTS
FOR (i:Item) ON (i.batchId, i.state)
