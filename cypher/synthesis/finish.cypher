// Turns leased items into their Problems ($rows: [{key, problem, uses}]). Each item is locked first
// and re-read, so an item whose lease expired and went to another runner, or whose batch was
// cancelled (which requeues its items), writes nothing. The unique problem key is the last guard
// against a second problem for one item. The batch is not touched here: produced.cypher links the
// Problems to it and add-counters adds to its counters last in the same transaction, for the rows
// returned here, so the batch's lock (which pause and cancel need) is held only until the commit.
UNWIND $rows AS row
MATCH (i:Item {key: row.key})
SET i.touched = timestamp()
WITH i, row
WHERE i.state = 'leased' AND i.owner = $runner
CREATE (p:Problem {key: i.key, batchId: i.batchId, index: i.index})
SET p += row.problem,
    p.createdAt = timestamp(),
    p.status = 'pending',
    p.version = 1,
    p.runner = $runner
SET i.state = 'done', i.leaseExpires = null
REMOVE i.draft
WITH p, row
CALL (p, row) {
  UNWIND row.uses AS use
  // An (:Element) of a scenario batch, or an element of a code graph (codebase batches, lib/codebase/MODEL.md).
  OPTIONAL MATCH (e:Element {type: use.type, key: use.key})
  OPTIONAL MATCH (m:CodeModule {key: use.key}) WHERE use.type = 'CodeModule'
  OPTIONAL MATCH (k:CodeClass {key: use.key}) WHERE use.type = 'CodeClass'
  OPTIONAL MATCH (f:CodeFunction {key: use.key}) WHERE use.type = 'CodeFunction'
  WITH p, use, coalesce(e, m, k, f) AS target
  WHERE target IS NOT NULL
  CREATE (p)-[:USES {role: use.role, position: toInteger(use.position)}]->(target)
  RETURN count(target) AS linked
}
// A Case2Code task links to the real function it was made from (and through it to its document).
CALL (p) {
  MATCH (f:Function {key: p.functionKey})
  CREATE (p)-[:FROM_FUNCTION]->(f)
  RETURN count(f) AS fromFunction
}
RETURN p.key AS key, p.batchId AS batchId
