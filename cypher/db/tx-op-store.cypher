// Marks this write as committed (with the transaction it is part of) and keeps its result for a replay.
CREATE (:TxOp {id: $op, at: timestamp(), result: $result})
