// One TxOp per committed write transaction function (lib/db/idempotent.ts): a replay finds its own.
CREATE CONSTRAINT tx_op_id IF NOT EXISTS
FOR (o:TxOp) REQUIRE o.id IS UNIQUE
