// Type-ahead search over code names (Explore and the Sampler on code graphs); filter by n.codebase.
CREATE FULLTEXT INDEX code_name IF NOT EXISTS
FOR (n:CodeModule|CodeClass|CodeFunction) ON EACH [n.name, n.qualname]
