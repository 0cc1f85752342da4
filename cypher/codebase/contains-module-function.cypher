UNWIND $rows AS row
MATCH (a:CodeModule {key: row.from})
MATCH (b:CodeFunction {key: row.to})
CREATE (a)-[:CONTAINS]->(b)
