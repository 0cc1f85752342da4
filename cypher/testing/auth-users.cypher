// Tests only: the users Better Auth stored.
MATCH (u:AuthUser)
RETURN u.id AS id, u.email AS email, u.role AS role
