// Asks for a run to stop: its working instance sees the flag at its next checkpoint. A run nobody holds
// (its lease expired and no instance took it over yet) is cancelled here and now.
MATCH (r:ExtractionRun {id: $id})
SET r.cancelRequested = CASE WHEN r.state IN ['curating', 'extracting'] THEN true ELSE r.cancelRequested END
WITH r, r.state IN ['curating', 'extracting'] AND coalesce(r.leaseExpires, 0) < timestamp() AS orphan
CALL (r, orphan) {
  WITH r WHERE orphan
  SET r.state = 'cancelled', r.finishedAt = timestamp(), r.owner = null, r.leaseExpires = null,
      r.error = 'Cancelled while no instance was working on it; run it again to continue.'
  WITH r
  MATCH (r)-[:HAS_UPLOAD]->(c:ExtractionUpload)
  DETACH DELETE c
}
RETURN r {.id, .name, .state, .startedAt, .finishedAt, .error, .isStub, .startedById, .startedByName, .curation,
  .total, .done, .fromCache, .extracted, .failed, .summary, .cancelRequested, .owner, .takeovers} AS run
