// Functions in document and reading order; $docId and $eligibleOnly narrow them, $limit caps them.
MATCH (d:Document)-[:HAS_FUNCTION]->(f:Function)
WHERE ($docId IS NULL OR d.id = $docId) AND (NOT $eligibleOnly OR f.eligible)
RETURN f {.*, docId: d.id, scannedAt: toString(f.scannedAt)} AS fn
ORDER BY d.id, f.block, f.line
LIMIT toInteger($limit)
