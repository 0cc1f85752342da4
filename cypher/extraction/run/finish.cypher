// The working instance ends its run: final state, progress and summary; the upload is no longer needed.
MATCH (r:ExtractionRun {id: $id})
WHERE r.owner = $runner AND r.state IN ['curating', 'extracting']
SET r.state = $state, r.error = $error, r.summary = $summary, r.finishedAt = timestamp(),
    r.owner = null, r.leaseExpires = null, r.curation = coalesce($curation, r.curation)
WITH r, $progress AS p
CALL (r, p) {
  WITH r, p WHERE p IS NOT NULL
  SET r.total = p.total, r.done = p.done, r.fromCache = p.fromCache, r.extracted = p.extracted, r.failed = p.failed
}
CALL (r) {
  MATCH (r)-[:HAS_UPLOAD]->(c:ExtractionUpload)
  DETACH DELETE c
}
RETURN r.id AS id
