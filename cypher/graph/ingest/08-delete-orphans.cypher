// Elements no document mentions any more leave the graph.
UNWIND $nodeIds AS nodeId
MATCH (e:Element)
WHERE elementId(e) = nodeId AND e.docCount <= 0
DETACH DELETE e
