// One failed sign-in (never the password): throttling counts these, the audit page lists them.
CREATE (:AuthSignInFailure {email: $email, ip: $ip, status: $status, at: datetime()})
