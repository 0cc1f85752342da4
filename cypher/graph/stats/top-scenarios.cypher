// Degree = number of distinct co-occurring elements; strength = total co-occurrence weight.
// The degree comes from the store's per-type relationship counts (no relationship is read) and the
// strength is the element's `strength`, kept exact by both ingest paths as the sum of its CO_OCCURS
// weights: reading every hub relationship took seconds at a million documents.
MATCH (s:Scenario)
RETURN s.key AS key, s.name AS name, s.docCount AS docCount, COUNT { (s)-[:CO_OCCURS]-() } AS degree,
  coalesce(s.strength, 0) AS strength
ORDER BY degree DESC, docCount DESC, name
LIMIT toInteger($limit)
