// Problems of a batch with their executed examples (tests only).
MATCH (:Batch {id: $id})-[:PRODUCED]->(p:Problem)
RETURN p.key AS key, p.index AS index, p.keptAttempt AS keptAttempt, p.examples AS examples,
       p.examplesStatus AS examplesStatus, p.examplesCount AS examplesCount, p.examplesReason AS examplesReason
ORDER BY index
