// Every CO_OCCURS relationship: its pair key, direction (start and end identity), weight and property names.
MATCH (a:Element)-[r:CO_OCCURS]->(b:Element)
RETURN r.pair AS pair, [a.type, a.key] AS start, [b.type, b.key] AS end, r.weight AS weight, keys(r) AS properties
ORDER BY pair
