// $docs: [{nodeId, source, title, hash, mentions: [index into $elementIds]}], $surfaces: per mention.
// Elements travel as indexes into $elementIds: far less to send than one id string per mention.
UNWIND range(0, size($elementIds) - 1) AS i
MATCH (e:Element) WHERE elementId(e) = $elementIds[i]
WITH i, e ORDER BY i
WITH collect(e) AS elements
// Every id was upserted earlier in this transaction; a missing one would shift indexes, so fail loudly.
WITH elements, 1 / CASE WHEN size(elements) = size($elementIds) THEN 1 ELSE 0 END AS aligned
UNWIND $docs AS doc
MATCH (d:Document) WHERE elementId(d) = doc.nodeId
SET d.source = doc.source, d.title = doc.title, d.hash = doc.hash, d.ingestedAt = datetime()
WITH d, doc, elements
UNWIND range(0, size(doc.mentions) - 1) AS m
WITH d, elements[toInteger(doc.mentions[m])] AS e, doc.surfaces[m] AS surface
CREATE (d)-[:MENTIONS {surface: surface}]->(e)
