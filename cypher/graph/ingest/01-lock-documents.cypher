// Takes a write lock on each document (in the caller's id order) and returns what it holds now,
// so the delta is computed from state no concurrent ingest can change before commit.
UNWIND $ids AS id
MERGE (d:Document {id: id})
SET d.lockedAt = timestamp()
REMOVE d.lockedAt
WITH d
OPTIONAL MATCH (d)-[m:MENTIONS]->(e:Element)
WITH d, collect(CASE WHEN e IS NULL THEN NULL ELSE {type: e.type, key: e.key, surface: m.surface} END) AS mentions
RETURN d.id AS id, d.hash AS hash, elementId(d) AS nodeId, mentions
