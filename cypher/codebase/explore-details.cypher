// One code node with everything the details panel shows, its module's source (cut to the span by the caller),
// and its neighbours grouped by relationship and direction.
MATCH (f:CodeModule|CodeClass|CodeFunction {key: $key})
WHERE $type IN labels(f)
OPTIONAL MATCH (m:CodeModule)-[:CONTAINS*1..8]->(f)
WITH f, coalesce(m, f) AS m
CALL (f) {
  MATCH (f)-[r:CONTAINS|IMPORTS|INHERITS|CALLS|ACCEPTS|RETURNS]-(n:CodeModule|CodeClass|CodeFunction)
  WHERE n <> f
  WITH type(r) AS rel, startNode(r) = f AS out, n, r
  ORDER BY coalesce(n.qualname, n.name), n.key
  WITH rel, out, collect({
    type: [l IN labels(n) WHERE l IN ['CodeModule', 'CodeClass', 'CodeFunction']][0], key: n.key, name: n.name,
    qualname: coalesce(n.qualname, n.name), module: coalesce(n.module, n.name), isMethod: coalesce(n.isMethod, false),
    resolved: r.resolved, count: r.count, param: r.param
  }) AS ranked
  RETURN collect({rel: rel, out: out, total: size(ranked), top: ranked[0..toInteger($perGroup)]}) AS groups
}
RETURN f {.key, .codebase, .name, .qualname, .module, .path, .signature, .params, .returns, .docstring, .decorators,
    .bases, .isMethod, .isAsync, .isPackage, .lineStart, .lineEnd, .lines} AS node,
  m.path AS path, m.source AS source, groups
