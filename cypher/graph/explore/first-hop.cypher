// The focus element and its top neighbours by co-occurrence weight (ties by type, key).
MATCH (f:Element {type: $type, key: $key})
CALL (f) {
  MATCH (f)-[r:CO_OCCURS]-(n:Element)
  WITH n, r.weight AS weight
  ORDER BY weight DESC, n.type, n.key
  LIMIT toInteger($limit)
  RETURN collect(n {.type, .key, .name, .docCount, weight: weight}) AS neighbours
}
RETURN f {.type, .key, .name, .docCount, .strength} AS focus, COUNT { (f)-[:CO_OCCURS]-() } AS degree, neighbours
