// All nodes and relationships in the database, counted by scanning; the writes' TxOps (lib/db/idempotent.ts) aside.
MATCH (n)
WHERE NOT n:TxOp
WITH count(n) AS nodes
OPTIONAL MATCH ()-[r]->()
RETURN nodes, count(r) AS relationships
