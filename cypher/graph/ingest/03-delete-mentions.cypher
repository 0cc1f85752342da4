// Removes the old contribution of documents that are being replaced.
UNWIND $nodeIds AS nodeId
MATCH (d:Document)-[m:MENTIONS]->()
WHERE elementId(d) = nodeId
DELETE m
