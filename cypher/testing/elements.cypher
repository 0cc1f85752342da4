MATCH (e:Element)
OPTIONAL MATCH (d:Document)-[:MENTIONS]->(e)
WITH e, count(d) AS mentionedBy
OPTIONAL MATCH (e)-[r:CO_OCCURS]-()
RETURN e.type AS type, e.key AS key, e.name AS name, e.docCount AS docCount, e.strength AS strength,
  coalesce(sum(r.weight), 0) AS incidentWeight, labels(e) AS labels, mentionedBy
