// Where to start in a codebase: its most connected classes.
MATCH (:Codebase {key: $codebase})-[:CONTAINS]->(:CodeModule)-[:CONTAINS]->(k:CodeClass)
WITH k, COUNT { (k)-[:CONTAINS|INHERITS|ACCEPTS|RETURNS]-() } AS degree
ORDER BY degree DESC, k.qualname
LIMIT toInteger($limit)
RETURN 'CodeClass' AS type, k.key AS key, k.name AS name, k.qualname AS qualname, k.module AS module,
  false AS isMethod, degree
