// TxOps outlive the driver's retry window (30 s) many times over, then go, a bounded slice at a time.
MATCH (o:TxOp)
WHERE o.at < timestamp() - toInteger($olderThanMs)
WITH o LIMIT toInteger($limit)
DELETE o
RETURN count(*) AS pruned
