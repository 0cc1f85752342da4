// The review queue's filter, the head of review/page and review/bulk; a null parameter turns its condition off.
// $verify lists verification statuses ($unverified adds problems without a result); $coverageMin is a ratio (0–1).
MATCH (p:Problem)
WHERE ($batch IS NULL OR p.batchId = $batch)
  AND ($status IS NULL OR p.status = $status)
  AND ($scenario IS NULL OR p.scenarioKey = $scenario)
  AND ($coherenceMin IS NULL OR p.coherence >= $coherenceMin)
  AND ($coherenceMax IS NULL OR p.coherence <= $coherenceMax)
  AND ($duplicate IS NULL OR coalesce(p.duplicate, false) = $duplicate)
  AND ($elementKey IS NULL OR EXISTS { (p)-[:USES]->(:Element {type: $elementType, key: $elementKey}) })
  AND ($verify IS NULL OR p.verifyStatus IN $verify OR ($unverified AND p.verifyStatus IS NULL))
  AND ($difficulty IS NULL OR p.difficulty IN $difficulty)
  AND ($coverageMin IS NULL OR p.coverage >= $coverageMin)
  AND ($kind IS NULL OR coalesce(p.kind, 'scenario') = $kind)
