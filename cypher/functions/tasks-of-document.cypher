// The Case2Code tasks made from a document's functions (Problem -[:FROM_FUNCTION]-> Function), newest first.
MATCH (:Document {id: $docId})-[:HAS_FUNCTION]->(f:Function)<-[:FROM_FUNCTION]-(p:Problem)
WITH f, p ORDER BY p.createdAt DESC
RETURN f.key AS key, count(p) AS count, collect({batchId: p.batchId, index: p.index, status: p.status})[0..5] AS tasks
