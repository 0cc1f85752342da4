// A user's accounts (sign-in reads the credential account of the user).
CREATE INDEX auth_account_user IF NOT EXISTS
FOR (n:AuthAccount) ON (n.userId)
