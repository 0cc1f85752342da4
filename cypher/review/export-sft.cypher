// One page of an export in key order (keyset paging on the problem_key index): what the SFT format needs.
MATCH (p:Problem)
WHERE p.key > $after AND ($status IS NULL OR p.status = $status) AND ($batch IS NULL OR p.batchId = $batch)
  AND ($verified = false OR p.verifyStatus = 'passed')
WITH p ORDER BY p.key
LIMIT toInteger($limit)
RETURN p.key AS key, p.title AS title, p.statement AS statement, p.answerCode AS answerCode, p.answerExplanation AS answerExplanation
