// Sign-in finds the user by email; one user per email, also when two sign-ups race.
CREATE CONSTRAINT auth_user_email IF NOT EXISTS
FOR (n:AuthUser) REQUIRE n.email IS UNIQUE
