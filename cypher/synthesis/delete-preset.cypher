MATCH (p:Preset {name: $name})
DELETE p
RETURN count(*) AS deleted
