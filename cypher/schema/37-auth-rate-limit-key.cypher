// Rate-limit counters (rateLimit.storage "database"), one per key.
CREATE CONSTRAINT auth_rate_limit_key IF NOT EXISTS
FOR (n:AuthRateLimit) REQUIRE n.key IS UNIQUE
