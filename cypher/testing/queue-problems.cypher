// Queues problems for re-verification by key (tests only; the review action does the same).
UNWIND $keys AS key
MATCH (p:Problem {key: key})
SET p.verifyState = 'queued', p.verifyRequestedBy = 'test', p.verifyRequestedAt = timestamp()
RETURN count(p) AS queued
