// Leases up to $limit problems queued for (re-)verification to verifier $worker until now + $leaseMs.
// Writing the one queue node first serializes claims, so two verifiers never lease one problem: every
// read below sees what earlier claimers committed. Queued problems come first (oldest request first),
// then problems whose lease expired (their verifier died).
MERGE (q:VerifyQueue {id: 'default'})
SET q.claims = coalesce(q.claims, 0) + 1
WITH timestamp() AS now
CALL (now) {
  MATCH (p:Problem {verifyState: 'queued'})
  RETURN p, 0 AS rank, p.verifyRequestedAt AS at ORDER BY at LIMIT toInteger($limit)
  UNION
  MATCH (p:Problem {verifyState: 'leased'})
  WHERE p.verifyLeaseExpires < now
  RETURN p, 1 AS rank, p.verifyLeaseExpires AS at ORDER BY at LIMIT toInteger($limit)
}
WITH p, rank, at, now ORDER BY rank, at LIMIT toInteger($limit)
SET p.verifyState = 'leased', p.verifyOwner = $worker, p.verifyLeaseExpires = now + toInteger($leaseMs)
WITH p
OPTIONAL MATCH (b:Batch {id: p.batchId})
RETURN p.key AS key, p.title AS title, p.statement AS statement,
       coalesce(p.referenceCode, p.answerCode) AS referenceCode, b.params AS params,
       p.kind AS kind, p.family AS family, p.codebaseKey AS codebaseKey, p.tests AS tests,
       p.relation AS relation, p.codeSelection AS codeSelection
