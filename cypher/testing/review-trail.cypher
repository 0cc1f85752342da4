// Tests only: who each review event and revision of a problem is stored under, in order.
MATCH (p:Problem {key: $key})
CALL (p) {
  OPTIONAL MATCH (p)-[:HAS_EVENT]->(e:ReviewEvent)
  WITH e ORDER BY e.version
  RETURN collect(e {.action, .version, .reviewer, .reviewerId}) AS events
}
CALL (p) {
  OPTIONAL MATCH (p)-[:HAS_REVISION]->(r:Revision)
  WITH r ORDER BY r.number
  RETURN collect(r {.number, .reviewer, .reviewerId}) AS revisions
}
RETURN events, revisions
