// Synthesis batches: one node per batch id.
CREATE CONSTRAINT batch_id IF NOT EXISTS
FOR (b:Batch) REQUIRE b.id IS UNIQUE
