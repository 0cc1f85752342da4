// Type-ahead over code nodes in Explore. The simple analyzer cuts at every non-letter, so "larder.pantry.Pantry"
// and "add_item" are searchable by their parts (lib/codebase/explore.ts builds the query the same way).
CREATE FULLTEXT INDEX code_name IF NOT EXISTS
FOR (n:CodeModule|CodeClass|CodeFunction) ON EACH [n.name, n.qualname, n.path]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'simple'}}
