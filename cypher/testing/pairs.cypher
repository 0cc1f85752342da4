MATCH (a:Element)-[r:CO_OCCURS]->(b:Element)
RETURN a.type AS aType, a.key AS aKey, b.type AS bType, b.key AS bKey, r.weight AS weight, elementId(r) AS relId
