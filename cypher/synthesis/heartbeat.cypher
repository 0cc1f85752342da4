// A runner reports that it is alive; runners silent for a day are forgotten.
MERGE (r:Runner {id: $id})
SET r.role = $role, r.host = $host, r.pid = toInteger($pid), r.concurrency = toInteger($concurrency),
    r.seenAt = timestamp()
WITH r
OPTIONAL MATCH (old:Runner) WHERE old.seenAt < timestamp() - 86400000
DETACH DELETE old
