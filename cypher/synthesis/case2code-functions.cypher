// Eligible (:Function) keys for a Case2Code batch, optionally of one document, in key order.
MATCH (f:Function {eligible: true})
WHERE $document IS NULL OR EXISTS { (:Document {id: $document})-[:HAS_FUNCTION]->(f) }
RETURN f.key AS key
ORDER BY key
