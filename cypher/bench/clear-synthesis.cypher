// Bench database only: removes earlier bench batches, their items and problems, and runners.
MATCH (n) WHERE n:Batch OR n:Item OR n:Problem OR n:Runner
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
