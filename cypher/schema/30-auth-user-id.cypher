// Better Auth users (lib/auth/neo4j-adapter.ts): every lookup of a user by id.
CREATE CONSTRAINT auth_user_id IF NOT EXISTS
FOR (n:AuthUser) REQUIRE n.id IS UNIQUE
