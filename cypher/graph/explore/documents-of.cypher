MATCH (:Element {type: $type, key: $key})<-[:MENTIONS]-(d:Document)
// functions / eligible: what the Case2Code scan found in the document (0 before any scan).
RETURN d.id AS id, d.title AS title, d.source AS source,
  COUNT { (d)-[:HAS_FUNCTION]->(:Function) } AS functions,
  COUNT { (d)-[:HAS_FUNCTION]->(:Function {eligible: true}) } AS eligible
ORDER BY d.source, d.id
LIMIT toInteger($limit)
