// The co-occurrence weights among a problem's elements, and the documents that mention most of them.
MATCH (p:Problem {key: $key})
CALL (p) {
  MATCH (p)-[:USES]->(a:Element)-[r:CO_OCCURS]->(b:Element)<-[:USES]-(p)
  RETURN collect({a: a.type + ':' + a.key, b: b.type + ':' + b.key, weight: r.weight}) AS pairs
}
CALL (p) {
  MATCH (p)-[:USES]->(e:Element)<-[:MENTIONS]-(d:Document)
  WITH d, count(e) AS shared, collect(e.name) AS names
  ORDER BY shared DESC, d.id
  LIMIT toInteger($documents)
  RETURN collect(d {.id, .title, .source, shared: shared, names: names}) AS documents
}
RETURN pairs, documents
