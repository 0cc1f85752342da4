MERGE (p:Preset {name: $name})
SET p.query = $query, p.savedAt = $savedAt
RETURN p.name AS name, p.query AS query, p.savedAt AS savedAt
