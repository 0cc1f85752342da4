// Tests only: problems of one batch per status.
MATCH (p:Problem {batchId: $batch})
RETURN p.status AS status, count(*) AS n
ORDER BY status
