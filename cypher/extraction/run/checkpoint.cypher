// The working instance's checkpoint: renews its lease, stores state, curation and progress, and learns
// whether someone (on any instance) asked to cancel. No row: the lease is lost (taken over) or the run is over.
// Progress never goes back: an instance that took the run over counts its cached documents again first.
MATCH (r:ExtractionRun {id: $id})
WHERE r.owner = $runner AND r.state IN ['curating', 'extracting']
SET r.leaseExpires = timestamp() + toInteger($leaseMs),
    r.state = $state,
    r.curation = coalesce($curation, r.curation)
WITH r, $progress AS p
CALL (r, p) {
  WITH r, p WHERE p IS NOT NULL AND p.done >= coalesce(r.done, 0)
  SET r.total = p.total, r.done = p.done, r.fromCache = p.fromCache, r.extracted = p.extracted, r.failed = p.failed
}
RETURN r.cancelRequested AS cancelRequested
