// Review queues filter problems by batch and status.
CREATE INDEX problem_batch_status IF NOT EXISTS
FOR (p:Problem) ON (p.batchId, p.status)
