// Tests only: the top scenarios by documents with their strongest neighbours per feature type.
MATCH (s:Scenario)
WITH s ORDER BY s.docCount DESC, s.key
LIMIT toInteger($scenarios)
CALL (s) {
  MATCH (s)-[r:CO_OCCURS]-(f:Element)
  WHERE f.type IN ['Knowledge', 'DomainSkill', 'CodingSkill']
  WITH f, r ORDER BY r.weight DESC, f.key
  WITH f.type AS type, collect(f {.type, .key, .name}) AS ranked
  RETURN collect({type: type, top: ranked[0..6]}) AS byType
}
RETURN s {.key, .name} AS scenario, byType
