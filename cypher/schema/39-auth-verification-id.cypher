// Verification tokens by id (consumed and deleted by id).
CREATE CONSTRAINT auth_verification_id IF NOT EXISTS
FOR (n:AuthVerification) REQUIRE n.id IS UNIQUE
