// Bench: the element with the most co-occurrence edges, of any type (Explore's densest hub).
MATCH (e:Element)
WITH e, COUNT { (e)-[:CO_OCCURS]-() } AS degree
ORDER BY degree DESC, e.type, e.key
LIMIT 1
RETURN e.type + ':' + e.key AS id, degree
