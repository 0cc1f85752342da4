// Typed chain links of one codebase: a function returning a class that another function accepts.
MATCH (f:CodeFunction {codebase: $codebase})-[ret:RETURNS]->(c:CodeClass)<-[acc:ACCEPTS]-(g:CodeFunction)
WHERE f <> g
RETURN DISTINCT f.qualname AS producer, c.qualname AS type, g.qualname AS consumer, ret.exact AND acc.exact AS exact
ORDER BY producer, type, consumer
