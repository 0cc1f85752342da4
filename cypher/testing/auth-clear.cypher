// Tests only: every sign-in node, so the suites that follow run in local mode again.
MATCH (n)
WHERE n:AuthUser OR n:AuthSession OR n:AuthAccount OR n:AuthVerification OR n:AuthRateLimit OR n:ApiToken
   OR n:AuthSignInFailure
DETACH DELETE n
