// Degree = number of distinct co-occurring elements; strength = total co-occurrence weight.
MATCH (s:Scenario)
CALL (s) {
  MATCH (s)-[r:CO_OCCURS]-()
  RETURN count(r) AS degree, coalesce(sum(r.weight), 0) AS strength
}
RETURN s.key AS key, s.name AS name, s.docCount AS docCount, degree, strength
ORDER BY degree DESC, docCount DESC, name
LIMIT toInteger($limit)
