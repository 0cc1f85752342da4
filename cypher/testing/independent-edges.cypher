MATCH (a)-[r:CO_OCCURS]->(b)
RETURN count(r) AS edges, count(DISTINCT [elementId(a), elementId(b)]) AS distinctPairs
