// Links a group write's new Problems ($keys) to their batches. Creating the relationship locks the
// batch node, so it runs last, beside add-counters: the lock is held from here to the commit only.
UNWIND $keys AS key
MATCH (p:Problem {key: key})
MATCH (b:Batch {id: p.batchId})
CREATE (b)-[:PRODUCED]->(p)
