// The newest problems of a batch.
MATCH (:Batch {id: $id})-[:PRODUCED]->(p:Problem)
WITH p ORDER BY p.createdAt DESC, p.index DESC LIMIT toInteger($limit)
RETURN p {.key, .index, .title, .statement, .scenarioName, .coherence, .flags, .features, .createdAt} AS problem
