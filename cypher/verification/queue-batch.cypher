// Queues every problem of a batch for verification (npm run verifier -- --batch <id>); problems
// already queued or leased keep their place.
MATCH (p:Problem {batchId: $batchId})
WHERE p.verifyState IS NULL
SET p.verifyState = 'queued', p.verifyRequestedBy = $by, p.verifyRequestedAt = timestamp()
RETURN count(p) AS queued
