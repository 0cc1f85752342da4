// One element a document mentions (tests only).
MATCH (:Document {id: $id})-[:MENTIONS]->(e:Element)
RETURN e.type AS type, e.key AS key
ORDER BY e.type, e.key
LIMIT 1
