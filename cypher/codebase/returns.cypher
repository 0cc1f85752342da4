UNWIND $rows AS row
MATCH (a:CodeFunction {key: row.from})
MATCH (b:CodeClass {key: row.to})
CREATE (a)-[:RETURNS {exact: row.exact}]->(b)
