// One batch's verification: its parameters (params.verify holds enabled and k), how many of its problems
// are verified or waiting, and their counts by status, difficulty, passing attempts and coverage tenth.
MATCH (b:Batch {id: $batch})
CALL (b) {
  MATCH (p:Problem)
  WHERE p.batchId = b.id
  RETURN count(p) AS problems, count(p.verifyStatus) AS verified,
    count(CASE WHEN p.verifyState IN ['queued', 'leased'] THEN 1 END) AS queued
}
CALL (b) {
  MATCH (p:Problem)
  WHERE p.batchId = b.id AND p.verifyStatus IS NOT NULL
  WITH p.verifyStatus AS status, count(*) AS n
  RETURN collect({key: status, n: n}) AS byStatus
}
CALL (b) {
  MATCH (p:Problem)
  WHERE p.batchId = b.id AND p.difficulty IS NOT NULL
  WITH p.difficulty AS difficulty, count(*) AS n
  RETURN collect({key: difficulty, n: n}) AS byDifficulty
}
CALL (b) {
  MATCH (p:Problem)
  WHERE p.batchId = b.id AND p.verifyPassed IS NOT NULL
  WITH p.verifyPassed AS passed, count(*) AS n
  RETURN collect({passed: passed, n: n}) AS byPassed
}
CALL (b) {
  MATCH (p:Problem)
  WHERE p.batchId = b.id AND p.coverage IS NOT NULL
  // Tenths of coverage; 100% goes into the last bin.
  WITH CASE WHEN p.coverage >= 1.0 THEN 9 ELSE toInteger(floor(p.coverage * 10)) END AS bin, count(*) AS n
  RETURN collect({bin: bin, n: n}) AS byCoverage
}
RETURN b.params AS params, problems, verified, queued, byStatus, byDifficulty, byPassed, byCoverage
