// One page of a triplet export in key order (keyset paging on the problem_key index): question, kept solution and tests.
MATCH (p:Problem)
WHERE p.key > $after AND ($status IS NULL OR p.status = $status) AND ($batch IS NULL OR p.batchId = $batch)
  AND ($verified = false OR p.verifyStatus = 'passed')
WITH p ORDER BY p.key
LIMIT toInteger($limit)
RETURN p.key AS key, p.title AS title, p.statement AS statement, p.answerCode AS answerCode, p.tests AS tests,
       p.difficulty AS difficulty, p.passRate AS passRate, p.coverage AS coverage
