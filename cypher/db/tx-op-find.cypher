// The result a committed run of this write stored, when this run is the driver replaying it.
MATCH (o:TxOp {id: $op})
RETURN o.result AS result
