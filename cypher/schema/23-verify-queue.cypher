// The re-verification queue: verifiers find queued and expired-lease problems by state; claims serialize on one lock node.
CREATE INDEX problem_verify_state IF NOT EXISTS
FOR (p:Problem) ON (p.verifyState)
