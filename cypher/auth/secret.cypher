// The cookie-signing secret when AUTH_SECRET is unset: made once, shared by every app instance on this database.
MERGE (s:AuthSecret {name: $name})
  ON CREATE SET s.value = $candidate, s.createdAt = datetime()
RETURN s.value AS value
