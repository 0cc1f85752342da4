// Type-ahead over code nodes in Explore. code_name (74) keeps "add_item" and "larder.pantry.Pantry" whole; this
// one uses the simple analyzer, which cuts at every non-letter, so they are found by their parts too
// (lib/codebase/explore-text.ts cuts the input the same way).
CREATE FULLTEXT INDEX code_explore_name IF NOT EXISTS
FOR (n:CodeModule|CodeClass|CodeFunction) ON EACH [n.name, n.qualname, n.path]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'simple'}}
