// Single-hop relation facts of a codebase ($codebase), one kind at a time ($relation), each with its exact
// answer set read straight from the graph (lib/codebase/MODEL.md). Subjects are public (no leading "_") and
// in key order; answers are sorted by qualname. A question names its subject by qualname, so it is unambiguous.
//   inherits — a class and the codebase classes it directly inherits from (INHERITS);
//   returns  — a class and the functions whose return annotation is exactly it (RETURNS {exact: true});
//   defines  — a module-level class or function and the module that defines it (CONTAINS), for names
//              defined in one module only;
//   callers  — a function and the functions whose body calls it, resolved (CALLS {resolved: true}).
CALL () {
  MATCH (s:CodeClass {codebase: $codebase})-[:INHERITS]->(t:CodeClass)
  WHERE $relation = 'inherits' AND NOT s.name STARTS WITH '_'
  WITH s, t ORDER BY t.qualname
  RETURN s, collect({type: 'CodeClass', key: t.key, qualname: t.qualname, name: t.name}) AS answer
  UNION ALL
  MATCH (s:CodeClass {codebase: $codebase})<-[:RETURNS {exact: true}]-(t:CodeFunction)
  WHERE $relation = 'returns' AND NOT s.name STARTS WITH '_'
  WITH s, t ORDER BY t.qualname
  RETURN s, collect({type: 'CodeFunction', key: t.key, qualname: t.qualname, name: t.name}) AS answer
  UNION ALL
  MATCH (t:CodeModule {codebase: $codebase})-[:CONTAINS]->(s)
  WHERE $relation = 'defines' AND (s:CodeClass OR s:CodeFunction) AND NOT s.name STARTS WITH '_'
    AND COUNT {
      MATCH (:CodeModule {codebase: $codebase})-[:CONTAINS]->(o)
      WHERE (o:CodeClass OR o:CodeFunction) AND o.name = s.name
    } = 1
  RETURN s, [{type: 'CodeModule', key: t.key, qualname: t.name, name: t.name}] AS answer
  UNION ALL
  MATCH (s:CodeFunction {codebase: $codebase})<-[:CALLS {resolved: true}]-(t:CodeFunction)
  WHERE $relation = 'callers' AND NOT s.name STARTS WITH '_'
  WITH s, t ORDER BY t.qualname
  RETURN s, collect({type: 'CodeFunction', key: t.key, qualname: t.qualname, name: t.name}) AS answer
}
RETURN {type: CASE WHEN s:CodeClass THEN 'CodeClass' ELSE 'CodeFunction' END, key: s.key, qualname: s.qualname,
        name: s.name, signature: s.signature, module: s.module} AS subject, answer
ORDER BY subject.key
