// For each given element, its top neighbours other than the focus.
UNWIND $refs AS ref
MATCH (u:Element {type: ref.type, key: ref.key})
CALL (u) {
  MATCH (u)-[r:CO_OCCURS]-(v:Element)
  WHERE NOT (v.type = $focusType AND v.key = $focusKey)
  WITH v, r.weight AS weight
  ORDER BY weight DESC, v.type, v.key
  LIMIT toInteger($perNode)
  RETURN collect(v {.type, .key, .name, .docCount, weight: weight}) AS next
}
RETURN ref.type AS type, ref.key AS key, next
