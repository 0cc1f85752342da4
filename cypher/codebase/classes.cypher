UNWIND $rows AS row
CREATE (n:CodeClass)
SET n = row, n.codebase = $codebase
