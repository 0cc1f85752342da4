// The newest ingest time, read in index order: the cheap graph version that invalidates sampling caches.
CREATE RANGE INDEX document_ingested_at IF NOT EXISTS
FOR (d:Document) ON (d.ingestedAt)
