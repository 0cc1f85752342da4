MATCH (d:Document)
WHERE d.id STARTS WITH $prefix
RETURN count(d) AS documents, sum(COUNT { (d)-[:MENTIONS]->() }) AS mentions
