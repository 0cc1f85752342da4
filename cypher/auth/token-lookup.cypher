// No cache on purpose: a revoked token fails on its very next request.
MATCH (t:ApiToken {hash: $hash})
WHERE t.revokedAt IS NULL
MATCH (u:AuthUser {id: t.userId})
RETURN t.id AS tokenId, t.role AS tokenRole, u.id AS id, u.name AS name, u.email AS email, u.role AS userRole
