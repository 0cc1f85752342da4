// Instances look for active runs whose lease expired, and list runs newest first.
CREATE INDEX extraction_run_state IF NOT EXISTS
FOR (r:ExtractionRun) ON (r.state, r.startedAt)
