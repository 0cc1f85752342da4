// One problem with its batch, elements, revisions, review events and near duplicates.
MATCH (p:Problem {key: $key})
OPTIONAL MATCH (b:Batch {id: p.batchId})
CALL (p) {
  MATCH (p)-[u:USES]->(e:Element)
  WITH e, u ORDER BY u.role DESC, u.position
  RETURN collect(e {.type, .key, .name, .docCount, role: u.role, position: u.position}) AS elements
}
CALL (p) {
  MATCH (p)-[:HAS_REVISION]->(r:Revision)
  WITH r ORDER BY r.number
  RETURN collect(r {.number, .title, .statement, .answerCode, .answerExplanation, .reviewer, .createdAt, .note}) AS revisions
}
CALL (p) {
  MATCH (p)-[:HAS_EVENT]->(ev:ReviewEvent)
  WITH ev ORDER BY ev.version
  RETURN collect(ev {.action, .from, .to, .version, .reviewer, .at, .reasons, .note, .revision, .bulk}) AS events
}
CALL (p) {
  MATCH (p)-[d:NEAR_DUPLICATE]-(q:Problem)
  WITH q, d ORDER BY d.similarity DESC, q.key
  RETURN collect(q {.key, .title, .status, similarity: d.similarity}) AS duplicates
}
CALL (p) {
  OPTIONAL MATCH (p)-[:FROM_FUNCTION]->(f:Function)
  OPTIONAL MATCH (d:Document)-[:HAS_FUNCTION]->(f)
  WITH f, d ORDER BY d.id LIMIT 1
  RETURN CASE WHEN f IS NULL THEN null
    ELSE f {.key, .name, .signature, .source, .docstring, document: d {.id, .title, .source, .url}} END AS origin
}
// A codebase task's code elements (lib/codebase/MODEL.md): subject, chain, APIs, then the answer's.
CALL (p) {
  OPTIONAL MATCH (p)-[u:USES]->(c)
  WHERE c:CodeModule OR c:CodeClass OR c:CodeFunction
  WITH c, u
  ORDER BY CASE u.role WHEN 'subject' THEN 0 WHEN 'chain' THEN 1 WHEN 'api' THEN 2 ELSE 3 END, u.position
  RETURN collect(CASE WHEN c IS NULL THEN null ELSE {
    type: CASE WHEN c:CodeModule THEN 'CodeModule' WHEN c:CodeClass THEN 'CodeClass' ELSE 'CodeFunction' END,
    key: c.key, qualname: coalesce(c.qualname, c.name), signature: c.signature, role: u.role, position: u.position
  } END) AS codeUses
}
RETURN p {.*} AS problem, origin, codeUses, b {.id, .name, .status, .params, .models, .promptHashes, .strategy, .seed, .count, .createdAt} AS batch,
  elements, revisions, events, duplicates
