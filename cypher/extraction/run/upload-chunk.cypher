// Stores one chunk of an uploaded documents.jsonl (before its run exists: a run is only claimable once whole).
MERGE (c:ExtractionUpload {runId: $runId, index: toInteger($index)})
SET c.text = $text, c.storedAt = timestamp()
RETURN c.index AS index
