// An account by provider and the provider's account id (sign-in with a linked provider).
CREATE INDEX auth_account_provider IF NOT EXISTS
FOR (n:AuthAccount) ON (n.providerId, n.accountId)
