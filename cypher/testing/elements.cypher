MATCH (e:Element)
OPTIONAL MATCH (d:Document)-[:MENTIONS]->(e)
RETURN e.type AS type, e.key AS key, e.name AS name, e.docCount AS docCount, labels(e) AS labels, count(d) AS mentionedBy
