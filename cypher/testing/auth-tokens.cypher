// Tests only: the stored form of the API tokens.
MATCH (t:ApiToken)
RETURN t.id AS id, t.hash AS hash, t.role AS role
