UNWIND $rows AS row
MATCH (c:Codebase {key: $codebase})
CREATE (m:CodeModule)
SET m = row, m.codebase = $codebase
CREATE (c)-[:CONTAINS]->(m)
