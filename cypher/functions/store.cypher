// $functions: [{docId, key, props}]; props hold every stored property but scannedAt (params as JSON text).
UNWIND $functions AS fn
MATCH (d:Document {id: fn.docId})
MERGE (f:Function {key: fn.key})
SET f += fn.props, f.scannedAt = datetime($scannedAt)
MERGE (d)-[:HAS_FUNCTION]->(f)
