// Extraction runs of the Ingest page: one node per run id, shared by every app instance.
CREATE CONSTRAINT extraction_run_id IF NOT EXISTS
FOR (r:ExtractionRun) REQUIRE r.id IS UNIQUE
