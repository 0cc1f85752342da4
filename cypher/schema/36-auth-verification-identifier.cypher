// Verification tokens (email verification, password reset) are looked up by identifier.
CREATE INDEX auth_verification_identifier IF NOT EXISTS
FOR (n:AuthVerification) ON (n.identifier)
