// Every authenticated request finds its session by the cookie's token.
CREATE CONSTRAINT auth_session_token IF NOT EXISTS
FOR (n:AuthSession) REQUIRE n.token IS UNIQUE
