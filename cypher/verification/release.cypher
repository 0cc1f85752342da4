// Gives leases back (a stopping verifier): the problems are queued again for any verifier.
UNWIND $keys AS key
MATCH (p:Problem {key: key})
WHERE p.verifyState = 'leased' AND p.verifyOwner = $worker
SET p.verifyState = 'queued', p.verifyOwner = null, p.verifyLeaseExpires = null
RETURN count(p) AS released
