UNWIND $rows AS row
MATCH (a:CodeFunction {key: row.from})
MATCH (b:CodeClass {key: row.to})
CREATE (a)-[:ACCEPTS {param: row.param, exact: row.exact}]->(b)
