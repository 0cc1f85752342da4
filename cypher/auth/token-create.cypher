// A personal API token: only its SHA-256 is stored; the role is capped by the owner's at each use.
MATCH (u:AuthUser {id: $userId})
CREATE (t:ApiToken {id: $id, name: $name, hash: $hash, role: $role, userId: u.id, createdAt: datetime()})
RETURN t.id AS id
