// Old TxOps are pruned by age.
CREATE INDEX tx_op_at IF NOT EXISTS
FOR (o:TxOp) ON (o.at)
