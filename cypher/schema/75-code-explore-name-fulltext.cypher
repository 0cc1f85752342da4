// Type-ahead over code nodes (Explore). The simple analyzer cuts at every non-letter, so "add_item" and
// "larder.pantry.Pantry" are found by their parts too (lib/codebase/explore-text.ts cuts the input the same way).
CREATE FULLTEXT INDEX code_explore_name IF NOT EXISTS
FOR (n:CodeModule|CodeClass|CodeFunction) ON EACH [n.name, n.qualname, n.path]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'simple'}}
