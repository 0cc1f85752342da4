// A user's sessions (list and revoke all sessions of a user, delete a user).
CREATE INDEX auth_session_user IF NOT EXISTS
FOR (n:AuthSession) ON (n.userId)
