// One element with its top neighbours per type; P1 = weight / strength is computed by the caller.
MATCH (f:Element {type: $type, key: $key})
CALL (f) {
  MATCH (f)-[r:CO_OCCURS]-(n:Element)
  WITH n, r.weight AS weight
  ORDER BY weight DESC, n.key
  WITH n.type AS type, collect(n {.type, .key, .name, .docCount, weight: weight}) AS ranked
  RETURN collect({type: type, total: size(ranked), top: ranked[0..toInteger($perType)]}) AS byType
}
RETURN f {.type, .key, .name, .docCount, .strength} AS focus, COUNT { (f)-[:CO_OCCURS]-() } AS degree,
  COUNT { (f)<-[:MENTIONS]-(:Document) } AS documents, byType
