MATCH (p:Preset)
RETURN p.name AS name, p.query AS query, p.savedAt AS savedAt
ORDER BY p.name
