// Problems of a batch with the elements they use (tests only).
MATCH (:Batch {id: $id})-[:PRODUCED]->(p:Problem)
OPTIONAL MATCH (p)-[u:USES]->(e:Element)
WITH p, u, e ORDER BY u.position
RETURN p.key AS key, p.index AS index, p.features AS features, p.scenarioKey AS scenarioKey, p.statement AS statement,
       p.answerCode AS answerCode, p.selection AS selection, p.runner AS runner, p.flags AS flags, p.totalTokens AS totalTokens,
       p.coherence AS coherence, collect(e.type + ':' + e.key) AS uses
ORDER BY index
