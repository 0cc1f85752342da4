MATCH (c:Codebase)
RETURN c {.*} AS codebase
ORDER BY c.name, c.addedAt
