// The chunks of a run's uploaded file: one node per (run id, chunk index).
CREATE CONSTRAINT extraction_upload_key IF NOT EXISTS
FOR (c:ExtractionUpload) REQUIRE (c.runId, c.index) IS UNIQUE
