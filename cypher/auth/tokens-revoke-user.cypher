// A removed user's API tokens are revoked with them (the lookup would refuse them anyway: no owner).
MATCH (t:ApiToken {userId: $userId})
WHERE t.revokedAt IS NULL
SET t.revokedAt = datetime()
RETURN count(t) AS revoked
