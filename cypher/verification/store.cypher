// Stores a finished verification on a problem this verifier still leases, and takes it off the queue.
// verifyRuns counts stored verifications (a resumed verifier must not store one twice).
MATCH (p:Problem {key: $key})
WHERE p.verifyState = 'leased' AND p.verifyOwner = $worker
SET p += $fields,
    p.verifyRuns = coalesce(p.verifyRuns, 0) + 1,
    p.verifyState = null, p.verifyOwner = null, p.verifyLeaseExpires = null
RETURN p.key AS key
