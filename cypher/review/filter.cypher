// The review queue's filter, the head of review/page and review/bulk; a null parameter turns its condition off.
MATCH (p:Problem)
WHERE ($batch IS NULL OR p.batchId = $batch)
  AND ($status IS NULL OR p.status = $status)
  AND ($scenario IS NULL OR p.scenarioKey = $scenario)
  AND ($coherenceMin IS NULL OR p.coherence >= $coherenceMin)
  AND ($coherenceMax IS NULL OR p.coherence <= $coherenceMax)
  AND ($duplicate IS NULL OR coalesce(p.duplicate, false) = $duplicate)
  AND ($elementKey IS NULL OR EXISTS { (p)-[:USES]->(:Element {type: $elementType, key: $elementKey}) })
