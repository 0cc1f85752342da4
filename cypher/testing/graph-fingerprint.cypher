// Tests only: every node with its labels, properties and outgoing relationships, to compare the graph before/after.
// Runner heartbeats and the verify queue are the app's own background bookkeeping, written on their own schedule;
// sign-in's rate-limit counters and failure log are bookkeeping too, and so are the TxOps every write leaves
// (lib/db/idempotent.ts), heartbeats' included.
MATCH (n)
WHERE NOT n:Runner AND NOT n:VerifyQueue AND NOT n:AuthRateLimit AND NOT n:AuthSignInFailure AND NOT n:TxOp
OPTIONAL MATCH (n)-[r]->(m)
WITH n, r, m
ORDER BY elementId(r)
WITH n, collect(CASE WHEN r IS NULL THEN NULL ELSE [type(r), properties(r), elementId(m)] END) AS out
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props, out
ORDER BY id
