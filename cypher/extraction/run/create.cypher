// A new run, leased to the instance that received the upload, and links its stored chunks.
// Finished runs beyond the newest $keep are deleted with their chunks, and so are chunks a day old with no run.
CREATE (r:ExtractionRun {id: $id, name: $name, state: 'curating', startedAt: timestamp(), isStub: $isStub,
  startedById: $startedById, startedByName: $startedByName, jaccard: toFloat($jaccard), chunks: toInteger($chunks),
  cancelRequested: false, owner: $runner, leaseExpires: timestamp() + toInteger($leaseMs), takeovers: 0})
WITH r
CALL (r) {
  MATCH (c:ExtractionUpload {runId: r.id})
  MERGE (r)-[:HAS_UPLOAD]->(c)
}
CALL () {
  MATCH (old:ExtractionRun)
  WHERE old.state IN ['done', 'failed', 'cancelled']
  WITH old ORDER BY old.startedAt DESC SKIP toInteger($keep)
  CALL (old) {
    MATCH (old)-[:HAS_UPLOAD]->(c:ExtractionUpload)
    DETACH DELETE c
  }
  DETACH DELETE old
}
CALL () {
  MATCH (c:ExtractionUpload)
  WHERE c.storedAt < timestamp() - 86400000 AND NOT (c)<-[:HAS_UPLOAD]-()
  DETACH DELETE c
}
RETURN r.id AS id
