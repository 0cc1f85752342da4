UNWIND $rows AS row
MATCH (a:CodeClass {key: row.from})
MATCH (b:CodeClass {key: row.to})
CREATE (a)-[:INHERITS {position: row.position}]->(b)
