// The problems that used one element, newest first, with counts per status (the Explore details panel).
MATCH (e:Element {type: $type, key: $key})
CALL (e) {
  MATCH (e)<-[u:USES]-(p:Problem)
  WITH p, u ORDER BY p.createdAt DESC, p.key
  LIMIT toInteger($limit)
  RETURN collect(p {.key, .title, .status, .batchId, role: u.role}) AS problems
}
CALL (e) {
  MATCH (e)<-[:USES]-(p:Problem)
  RETURN count(p) AS total, count(CASE p.status WHEN 'pending' THEN 1 END) AS pending,
    count(CASE p.status WHEN 'approved' THEN 1 END) AS approved, count(CASE p.status WHEN 'rejected' THEN 1 END) AS rejected
}
RETURN total, pending, approved, rejected, problems
