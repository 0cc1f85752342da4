// Code graph keys start with the codebase key, so versions never share a node.
CREATE CONSTRAINT code_module_key IF NOT EXISTS
FOR (m:CodeModule) REQUIRE m.key IS UNIQUE
