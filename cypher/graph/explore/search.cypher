// Type-ahead over element names through the full-text index; $query is a Lucene query built from
// escaped word tokens (lib/graph/explore.ts), $type is null or one allowlisted type.
CALL db.index.fulltext.queryNodes('element_name', $query, {limit: toInteger($candidates)}) YIELD node, score
WHERE $type IS NULL OR node.type = $type
RETURN node.type AS type, node.key AS key, node.name AS name, node.docCount AS docCount, score
ORDER BY score DESC, docCount DESC, name
LIMIT toInteger($limit)
