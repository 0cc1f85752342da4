// Tests only: a counter that a replayed write would count twice.
MERGE (c:FaultCounter {id: 'c'})
SET c.n = coalesce(c.n, 0) + 1
RETURN c.n AS n
