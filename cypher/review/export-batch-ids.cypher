// Tail of review/filter: the batches an export reads, in the order it reads them (batch id, as the review's batch sort).
WITH p
WHERE $verified = false OR p.verifyStatus = 'passed'
WITH DISTINCT p.batchId AS batchId
WHERE batchId IS NOT NULL
RETURN batchId
ORDER BY batchId
