// Every Document with its properties and MENTIONS (element identity and surface), in id order.
MATCH (d:Document)
OPTIONAL MATCH (d)-[m:MENTIONS]->(e:Element)
WITH d, m, e ORDER BY e.type, e.key
WITH d, collect([e.type, e.key, m.surface]) AS mentions, collect(keys(m)) AS mentionProperties
RETURN d.id AS id, d.source AS source, d.title AS title, d.hash AS hash, labels(d) AS labels,
  keys(d) AS properties, valueType(d.ingestedAt) AS ingestedAtType, mentions, mentionProperties
ORDER BY id
