// The chunks of a run's upload, in order.
MATCH (c:ExtractionUpload {runId: $runId})
RETURN c.text AS text
ORDER BY c.index
