// Items of a batch by state (tests only).
MATCH (i:Item {batchId: $id})
RETURN i.state AS state, count(*) AS n
