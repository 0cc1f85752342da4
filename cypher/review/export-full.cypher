// Tail of review/export-seek + review/filter: one page of a full export in numeric index order, each problem with
// its elements, revisions, review events and near duplicates.
WITH p ORDER BY p.index
LIMIT toInteger($limit)
CALL (p) {
  MATCH (p)-[u:USES]->(e:Element)
  WITH e, u ORDER BY u.role DESC, u.position
  RETURN collect(e {.type, .key, .name, role: u.role, position: u.position}) AS elements
}
CALL (p) {
  MATCH (p)-[:HAS_REVISION]->(r:Revision)
  WITH r ORDER BY r.number
  RETURN collect(r {.number, .title, .statement, .answerCode, .answerExplanation, .reviewer, .createdAt}) AS revisions
}
CALL (p) {
  MATCH (p)-[:HAS_EVENT]->(ev:ReviewEvent)
  WITH ev ORDER BY ev.version
  RETURN collect(ev {.action, .from, .to, .version, .reviewer, .at, .reasons, .note, .revision, .bulk}) AS events
}
CALL (p) {
  MATCH (p)-[d:NEAR_DUPLICATE]-(q:Problem)
  RETURN collect({key: q.key, similarity: d.similarity}) AS duplicates
}
RETURN p {.*} AS problem, elements, revisions, events, duplicates
