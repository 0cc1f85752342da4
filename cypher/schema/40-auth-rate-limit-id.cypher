// Rate-limit counters by id.
CREATE CONSTRAINT auth_rate_limit_id IF NOT EXISTS
FOR (n:AuthRateLimit) REQUIRE n.id IS UNIQUE
