// Problems per (batch, status), with each batch's name, for the progress bars and the batch filter.
MATCH (p:Problem)
WITH p.batchId AS batchId, p.status AS status, count(*) AS n
OPTIONAL MATCH (b:Batch {id: batchId})
RETURN batchId, b.name AS name, b.createdAt AS createdAt, status, n
ORDER BY createdAt DESC, batchId
