// $docs: [{nodeId, source, title, hash, mentions: [{nodeId, surface}]}]
UNWIND $docs AS doc
MATCH (d:Document)
WHERE elementId(d) = doc.nodeId
SET d.source = doc.source, d.title = doc.title, d.hash = doc.hash, d.ingestedAt = datetime()
WITH d, doc
UNWIND doc.mentions AS mention
MATCH (e:Element)
WHERE elementId(e) = mention.nodeId
CREATE (d)-[:MENTIONS {surface: mention.surface}]->(e)
