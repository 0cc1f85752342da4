// Tests only: the fault counter's value (0 before any write).
OPTIONAL MATCH (c:FaultCounter {id: 'c'})
RETURN coalesce(c.n, 0) AS n
