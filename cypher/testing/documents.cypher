MATCH (d:Document)
RETURN d.id AS id, d.hash AS hash, d.title AS title, COUNT { (d)-[:MENTIONS]->() } AS mentions
