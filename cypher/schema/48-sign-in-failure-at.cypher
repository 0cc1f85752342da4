CREATE INDEX auth_sign_in_failure_at IF NOT EXISTS FOR (f:AuthSignInFailure) ON (f.at)
