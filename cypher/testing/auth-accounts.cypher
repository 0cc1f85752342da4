// Tests only: the credential accounts, with their stored password hashes.
MATCH (a:AuthAccount)
RETURN a.userId AS userId, a.providerId AS providerId, a.password AS password
