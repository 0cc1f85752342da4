// Head of an export page: one batch's problems after $afterIndex (the problem_batch_index index), then
// review/filter narrows them and the tail takes the next $limit in numeric index order.
MATCH (p:Problem)
WHERE p.batchId = $batchId AND p.index > $afterIndex AND ($verified = false OR p.verifyStatus = 'passed')
WITH p
