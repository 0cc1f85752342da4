// Takes over the oldest active run whose lease expired (its instance died or restarted). Setting a property
// first locks the node, so of two instances claiming at once the second re-reads the first's lease and
// takes nothing.
MATCH (r:ExtractionRun)
WHERE r.state IN ['curating', 'extracting'] AND coalesce(r.leaseExpires, 0) < timestamp()
WITH r ORDER BY r.startedAt LIMIT 1
SET r.claims = coalesce(r.claims, 0) + 1
WITH r
WHERE r.state IN ['curating', 'extracting'] AND coalesce(r.leaseExpires, 0) < timestamp()
SET r.owner = $runner, r.leaseExpires = timestamp() + toInteger($leaseMs), r.takeovers = r.takeovers + 1
RETURN r.id AS id, r.jaccard AS jaccard
