// Tests only: every user with their accounts, sessions and API tokens, so the app is back in local mode.
MATCH (n)
WHERE n:AuthUser OR n:AuthAccount OR n:AuthSession OR n:AuthVerification OR n:ApiToken
DETACH DELETE n
