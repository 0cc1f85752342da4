// The candidate APIs of a code sample from start s (lib/codebase/sampling.ts; README, Sampler, "Code graphs"):
// every class and function within 2 hops of s over code edges (CALLS, ACCEPTS, RETURNS, INHERITS and a class's
// CONTAINS of its members; never through a module), and every one defined in s's module. For each: the call sites
// between the two in both directions (a class stands for its methods), whether they share a module, how many
// classes both touch by type (typeSet below) and the hop distance (null: only the module is shared).
// typeSet(function) = the classes it ACCEPTS or RETURNS, plus its own class for a method (through self);
// typeSet(class) = itself and the classes it INHERITS from or that inherit from it.
MATCH (s:CodeClass|CodeFunction {key: $start, codebase: $codebase})
CALL (s) {
  OPTIONAL MATCH (s)-[:CONTAINS]->(m:CodeFunction)
  WITH collect(m) AS methods
  RETURN [s] + methods AS sMembers
}
CALL (s) {
  OPTIONAL MATCH (s)-[:ACCEPTS|RETURNS]->(x:CodeClass)
  WHERE s:CodeFunction
  WITH collect(DISTINCT x.key) AS annotated
  OPTIONAL MATCH (owner:CodeClass)-[:CONTAINS]->(s)
  WHERE s:CodeFunction
  WITH annotated, collect(owner.key) AS owners
  OPTIONAL MATCH (s)-[:INHERITS]-(y:CodeClass)
  WHERE s:CodeClass
  WITH annotated, owners, collect(DISTINCT y.key) AS related
  RETURN CASE WHEN s:CodeClass THEN [s.key] + related ELSE annotated + owners END AS sTypes
}
CALL (s) {
  MATCH (s)-[:CALLS|ACCEPTS|RETURNS|INHERITS|CONTAINS]-(v:CodeClass|CodeFunction)
  WHERE v <> s
  RETURN v, 1 AS hops
  UNION
  MATCH (s)-[:CALLS|ACCEPTS|RETURNS|INHERITS|CONTAINS]-(:CodeClass|CodeFunction)
    -[:CALLS|ACCEPTS|RETURNS|INHERITS|CONTAINS]-(v:CodeClass|CodeFunction)
  WHERE v <> s
  RETURN v, 2 AS hops
  UNION
  MATCH (v:CodeClass|CodeFunction {codebase: s.codebase, module: s.module})
  WHERE v <> s
  RETURN v, null AS hops
}
WITH s, sMembers, sTypes, v, min(hops) AS hops
CALL (v) {
  OPTIONAL MATCH (v)-[:CONTAINS]->(m:CodeFunction)
  WITH collect(m) AS methods
  RETURN [v] + methods AS vMembers
}
CALL (sMembers, vMembers) {
  UNWIND sMembers AS a
  MATCH (a)-[r:CALLS]-(b:CodeFunction)
  WHERE b IN vMembers AND a <> b
  WITH DISTINCT r
  RETURN sum(r.count) AS calls
}
CALL (v) {
  OPTIONAL MATCH (v)-[:ACCEPTS|RETURNS]->(x:CodeClass)
  WHERE v:CodeFunction
  WITH collect(DISTINCT x.key) AS annotated
  OPTIONAL MATCH (owner:CodeClass)-[:CONTAINS]->(v)
  WHERE v:CodeFunction
  WITH annotated, collect(owner.key) AS owners
  OPTIONAL MATCH (v)-[:INHERITS]-(y:CodeClass)
  WHERE v:CodeClass
  WITH annotated, owners, collect(DISTINCT y.key) AS related
  RETURN CASE WHEN v:CodeClass THEN [v.key] + related ELSE annotated + owners END AS vTypes
}
RETURN v {
  .key, .qualname, .name, .module,
  signature: v.signature,
  type: CASE WHEN v:CodeClass THEN 'CodeClass' ELSE 'CodeFunction' END
} AS api,
  calls,
  v.module = s.module AS sharedModule,
  size([k IN vTypes WHERE k IN sTypes]) AS typeLinks,
  hops
ORDER BY api.key
