// Every link of a compositional chain in one codebase (lib/codebase/sampling.ts): f returns class C exactly
// (C itself, Optional[C], C | None) and g takes a C — a parameter annotated exactly with C, or an instance method
// of C through its first parameter (static and class methods, __init__, __new__, __repr__, __str__ and __hash__
// excluded). f ≠ g; private functions (a name with one leading underscore) are never links.
MATCH (f:CodeFunction {codebase: $codebase})-[:RETURNS {exact: true}]->(c:CodeClass)
CALL (c) {
  MATCH (g:CodeFunction)-[a:ACCEPTS {exact: true}]->(c)
  WHERE NOT (g.name STARTS WITH '_' AND NOT g.name STARTS WITH '__')
  RETURN g, a.param AS param, null AS params
  UNION
  MATCH (c)-[:CONTAINS]->(g:CodeFunction {isMethod: true})
  WHERE NOT g.name IN ['__init__', '__new__', '__repr__', '__str__', '__hash__']
    AND NOT (g.name STARTS WITH '_' AND NOT g.name STARTS WITH '__')
    AND NONE(d IN g.decorators WHERE d IN ['staticmethod', 'classmethod'])
  RETURN g, null AS param, g.params AS params
}
WITH f, c, g, param, params
WHERE g <> f AND NOT (f.name STARTS WITH '_' AND NOT f.name STARTS WITH '__')
// params (JSON, methods only): the caller takes the first positional parameter's name (self).
RETURN f.key AS from, g.key AS to, c.key AS classKey, c.name AS className, param, params
ORDER BY from, to, classKey, param
