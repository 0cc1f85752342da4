// Verified problems across batches, grouped by batch and coherence tenth, for the quality view. Results of a
// sandbox that could not run carry no signal and are left out.
MATCH (p:Problem)
WHERE p.verifyStatus IS NOT NULL AND p.verifyStatus <> 'sandbox_unavailable' AND p.verifyAttempts > 0
WITH p.batchId AS batchId,
  CASE WHEN p.coherence IS NULL THEN null ELSE toInteger(floor(p.coherence * 10)) END AS bucket,
  count(*) AS problems, sum(p.verifyPassed) AS passed, sum(p.verifyAttempts) AS attempts,
  count(CASE p.verifyStatus WHEN 'passed' THEN 1 END) AS solved
OPTIONAL MATCH (b:Batch {id: batchId})
RETURN batchId, b.name AS name, b.params AS params, bucket, problems, passed, attempts, solved
ORDER BY batchId, bucket
