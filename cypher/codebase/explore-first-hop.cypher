// A code node and its neighbours along the code edges, either direction, ranked by how the code hangs together:
// what contains or is contained first, then bases and subclasses, type links, imports, calls. `degree` counts
// distinct neighbours (a method that also returns its class is one).
MATCH (f:CodeModule|CodeClass|CodeFunction {key: $key})
WHERE $type IN labels(f)
CALL (f) {
  MATCH (f)-[r:CONTAINS|IMPORTS|INHERITS|CALLS|ACCEPTS|RETURNS]-(n:CodeModule|CodeClass|CodeFunction)
  WHERE n <> f
  WITH n,
    min(CASE type(r) WHEN 'CONTAINS' THEN 0 WHEN 'INHERITS' THEN 1 WHEN 'RETURNS' THEN 2 WHEN 'ACCEPTS' THEN 2
      WHEN 'IMPORTS' THEN 3 ELSE 4 END) AS rank
  ORDER BY rank, coalesce(n.qualname, n.name), n.key
  WITH collect({
    type: [l IN labels(n) WHERE l IN ['CodeModule', 'CodeClass', 'CodeFunction']][0], key: n.key, name: n.name,
    qualname: coalesce(n.qualname, n.name), module: coalesce(n.module, n.name), isMethod: coalesce(n.isMethod, false)
  }) AS ranked
  RETURN size(ranked) AS degree, ranked[0..toInteger($limit)] AS neighbours
}
RETURN {
    type: $type, key: f.key, name: f.name, qualname: coalesce(f.qualname, f.name),
    module: coalesce(f.module, f.name), isMethod: coalesce(f.isMethod, false)
  } AS focus, f.codebase AS codebase, degree, neighbours
