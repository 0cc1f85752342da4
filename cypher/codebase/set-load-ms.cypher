MATCH (c:Codebase {key: $key})
SET c.loadMs = $loadMs
