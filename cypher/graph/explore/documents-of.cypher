MATCH (:Element {type: $type, key: $key})<-[:MENTIONS]-(d:Document)
RETURN d.id AS id, d.title AS title, d.source AS source
ORDER BY d.source, d.id
LIMIT toInteger($limit)
