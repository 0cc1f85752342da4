// Type-ahead over one codebase's modules, classes and functions through the full-text index; $query is built
// from letter runs of the input (lib/codebase/explore.ts), $type is null or one allowlisted code label.
CALL db.index.fulltext.queryNodes('code_explore_name', $query, {limit: toInteger($candidates)}) YIELD node, score
WHERE node.codebase = $codebase AND ($type IS NULL OR $type IN labels(node))
WITH node, score, toLower(node.name) = $exact AS exact
RETURN [l IN labels(node) WHERE l IN ['CodeModule', 'CodeClass', 'CodeFunction']][0] AS type, node.key AS key,
  node.name AS name, coalesce(node.qualname, node.name) AS qualname, coalesce(node.module, node.name) AS module,
  coalesce(node.isMethod, false) AS isMethod, score
ORDER BY exact DESC, score DESC, size(qualname), qualname
LIMIT toInteger($limit)
