// Makes every problem's duplicate flag agree with its links; returns how many in scope are flagged.
MATCH (p:Problem)
WITH p, EXISTS { (p)-[:NEAR_DUPLICATE]-(:Problem) } AS flagged
CALL (p, flagged) {
  WITH p, flagged
  WHERE p.duplicate IS NULL OR p.duplicate <> flagged
  SET p.duplicate = flagged
}
WITH p, flagged
WHERE $batch IS NULL OR p.batchId = $batch
RETURN count(p) AS problems, count(CASE WHEN flagged THEN 1 END) AS flagged
