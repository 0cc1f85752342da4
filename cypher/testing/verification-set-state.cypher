// Tests only: puts a problem into a verify state as a verifier's lease would ('leased') or clears it (null).
MATCH (p:Problem {key: $key})
SET p.verifyState = $state
RETURN p.key AS key
