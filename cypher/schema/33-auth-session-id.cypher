// Sessions by id (revoking one session).
CREATE CONSTRAINT auth_session_id IF NOT EXISTS
FOR (n:AuthSession) REQUIRE n.id IS UNIQUE
