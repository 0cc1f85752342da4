// Turns a leased item into its Problem, in one transaction: the item is locked first and re-read, so
// a lease that expired and went to another runner (or a cancelled batch) writes nothing. The unique
// problem key is the last guard against a second problem for the item.
MATCH (i:Item {key: $key})
SET i.touched = timestamp()
WITH i
WHERE i.state = 'leased' AND i.owner = $runner
MATCH (b:Batch {id: i.batchId})
WHERE b.status <> 'cancelled'
CREATE (p:Problem {key: i.key, batchId: b.id, index: i.index})
SET p += $problem,
    p.createdAt = timestamp(),
    p.status = 'pending',
    p.version = 1,
    p.runner = $runner
CREATE (b)-[:PRODUCED]->(p)
SET i.state = 'done', i.leaseExpires = null
REMOVE i.draft
WITH b, p
CALL (p) {
  UNWIND $uses AS use
  MATCH (e:Element {type: use.type, key: use.key})
  CREATE (p)-[:USES {role: use.role, position: toInteger(use.position)}]->(e)
  RETURN count(e) AS linked
}
SET b.done = b.done + 1,
    b.promptTokens = b.promptTokens + toInteger($tokens.prompt),
    b.completionTokens = b.completionTokens + toInteger($tokens.completion),
    b.totalTokens = b.totalTokens + toInteger($tokens.total),
    b.fallbacks = b.fallbacks + toInteger($fallback),
    b.flagged = b.flagged + toInteger($flagged),
    b.updatedAt = timestamp()
RETURN p.key AS key, linked
