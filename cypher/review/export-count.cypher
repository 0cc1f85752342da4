// How many problems an export with this status would hold (bench and CLI summaries).
MATCH (p:Problem)
WHERE $status IS NULL OR p.status = $status
RETURN count(p) AS n
