// The newest failed sign-ins (never a password) for the audit page; auth_sign_in_failure_at orders them.
MATCH (f:AuthSignInFailure)
WHERE f.at IS NOT NULL
WITH f ORDER BY f.at DESC LIMIT toInteger($limit)
RETURN f.email AS email, f.ip AS ip, f.status AS status, f.at.epochMillis AS at
