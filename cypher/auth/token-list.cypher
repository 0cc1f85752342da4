MATCH (t:ApiToken)
OPTIONAL MATCH (u:AuthUser {id: t.userId})
RETURN t.id AS id, t.name AS name, t.role AS role, u.email AS email, toString(t.createdAt) AS createdAt,
       toString(t.revokedAt) AS revokedAt
ORDER BY t.createdAt DESC
