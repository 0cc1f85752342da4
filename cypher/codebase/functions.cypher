UNWIND $rows AS row
CREATE (n:CodeFunction)
SET n = row, n.codebase = $codebase
