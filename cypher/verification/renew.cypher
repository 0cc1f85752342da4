// Extends this verifier's leases; returns the keys it still holds (a missing key was lost: stop it).
UNWIND $keys AS key
MATCH (p:Problem {key: key})
WHERE p.verifyState = 'leased' AND p.verifyOwner = $worker
SET p.verifyLeaseExpires = timestamp() + toInteger($leaseMs)
RETURN p.key AS key
