// How many problems a triplet export with these filters leaves out because they have no tests.
MATCH (p:Problem)
WHERE ($status IS NULL OR p.status = $status) AND ($batch IS NULL OR p.batchId = $batch)
  AND ($verified = false OR p.verifyStatus = 'passed') AND (p.tests IS NULL OR trim(p.tests) = '')
RETURN count(p) AS n
