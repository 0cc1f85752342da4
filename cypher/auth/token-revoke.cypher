MATCH (t:ApiToken {id: $id})
WHERE t.revokedAt IS NULL
SET t.revokedAt = datetime()
RETURN t.id AS id
