// One Function node per (document, source hash): a re-scan MERGEs onto the same key.
CREATE CONSTRAINT function_key IF NOT EXISTS
FOR (f:Function) REQUIRE f.key IS UNIQUE
