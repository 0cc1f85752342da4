// Tests only: the failed sign-ins kept for throttling and the audit page.
MATCH (f:AuthSignInFailure)
RETURN f.email AS email, f.status AS status
