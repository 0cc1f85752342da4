// Ineligible functions per drop reason (a function with two reasons counts in both).
MATCH (f:Function)
WHERE NOT f.eligible
UNWIND f.reasons AS reason
RETURN reason, count(DISTINCT f) AS functions
ORDER BY functions DESC, reason
