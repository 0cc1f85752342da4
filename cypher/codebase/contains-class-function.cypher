UNWIND $rows AS row
MATCH (a:CodeClass {key: row.from})
MATCH (b:CodeFunction {key: row.to})
CREATE (a)-[:CONTAINS]->(b)
