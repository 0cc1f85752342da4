// Accounts (a user's password or provider link) by id.
CREATE CONSTRAINT auth_account_id IF NOT EXISTS
FOR (n:AuthAccount) REQUIRE n.id IS UNIQUE
