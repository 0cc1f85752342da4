// Every code edge among the given nodes (each expanded from its source, kept when its target is in the set).
UNWIND $refs AS ref
MATCH (a:CodeModule|CodeClass|CodeFunction {key: ref.key})
WHERE ref.type IN labels(a)
MATCH (a)-[r:CONTAINS|IMPORTS|INHERITS|CALLS|ACCEPTS|RETURNS]->(b)
WHERE b.key IN $keys AND b <> a
RETURN a.key AS source, b.key AS target, type(r) AS rel, r.resolved AS resolved, r.count AS count
