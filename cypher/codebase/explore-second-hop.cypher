// For each given code node, a few neighbours along the code edges other than the focus.
UNWIND $refs AS ref
MATCH (u:CodeModule|CodeClass|CodeFunction {key: ref.key})
WHERE ref.type IN labels(u)
CALL (u) {
  MATCH (u)-[r:CONTAINS|IMPORTS|INHERITS|CALLS|ACCEPTS|RETURNS]-(v:CodeModule|CodeClass|CodeFunction)
  WHERE v <> u AND v.key <> $focusKey
  WITH DISTINCT v
  ORDER BY coalesce(v.qualname, v.name), v.key
  LIMIT toInteger($perNode)
  RETURN collect({
    type: [l IN labels(v) WHERE l IN ['CodeModule', 'CodeClass', 'CodeFunction']][0], key: v.key, name: v.name,
    qualname: coalesce(v.qualname, v.name), module: coalesce(v.module, v.name), isMethod: coalesce(v.isMethod, false)
  }) AS next
}
RETURN ref.type AS type, ref.key AS key, next
