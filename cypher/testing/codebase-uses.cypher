// The USES links of a problem to code graph nodes ($key: the problem's key), in role and position order.
MATCH (:Problem {key: $key})-[u:USES]->(c)
WHERE c:CodeModule OR c:CodeClass OR c:CodeFunction
RETURN [l IN labels(c) WHERE l STARTS WITH 'Code'][0] AS type, c.key AS key, u.role AS role, u.position AS position
ORDER BY role, position
