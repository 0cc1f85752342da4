MATCH (u:AuthUser {role: 'admin'})
RETURN count(u) AS admins
