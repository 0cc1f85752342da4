// The codebase-batches test's own answer to a relation question, written apart from the production query:
// what the graph says about the subject ($subject: its key) for one relation ($relation), sorted.
MATCH (s {key: $subject})
WHERE s:CodeClass OR s:CodeFunction
CALL (s) {
  MATCH (s)-[:INHERITS]->(t:CodeClass)
  WHERE $relation = 'inherits'
  RETURN t.qualname AS name
  UNION
  MATCH (t:CodeFunction)-[r:RETURNS]->(s)
  WHERE $relation = 'returns' AND r.exact
  RETURN t.qualname AS name
  UNION
  MATCH (t:CodeModule)-[:CONTAINS]->(s)
  WHERE $relation = 'defines'
  RETURN t.name AS name
  UNION
  MATCH (t:CodeFunction)-[r:CALLS]->(s)
  WHERE $relation = 'callers' AND r.resolved
  RETURN t.qualname AS name
}
RETURN name
ORDER BY name
