// Review queues and exports pick problems by status, oldest first.
CREATE INDEX problem_status_created IF NOT EXISTS
FOR (p:Problem) ON (p.status, p.createdAt)
