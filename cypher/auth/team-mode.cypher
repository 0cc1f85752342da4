// Team mode is on once any user exists; the count comes from the label count store.
MATCH (u:AuthUser)
RETURN count(u) AS users
