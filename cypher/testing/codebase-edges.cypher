// Every code relationship that starts at one codebase version's nodes (CONTAINS from the Codebase included).
MATCH (a)-[r:CONTAINS|IMPORTS|INHERITS|CALLS|ACCEPTS|RETURNS]->(b)
WHERE (a:Codebase AND a.key = $codebase) OR ((a:CodeModule OR a:CodeClass OR a:CodeFunction) AND a.codebase = $codebase)
RETURN
  type(r) AS type,
  CASE WHEN a:Codebase THEN a.key ELSE coalesce(a.qualname, a.name) END AS source,
  a.key AS sourceKey,
  coalesce(b.qualname, b.name) AS target,
  b.key AS targetKey,
  coalesce(b.codebase, b.key) AS targetCodebase,
  properties(r) AS props
ORDER BY type, sourceKey, targetKey
