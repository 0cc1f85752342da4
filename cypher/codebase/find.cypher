MATCH (c:Codebase {key: $key})
RETURN c.hash AS hash
