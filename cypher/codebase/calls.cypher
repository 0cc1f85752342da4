UNWIND $rows AS row
MATCH (a:CodeFunction {key: row.from})
MATCH (b:CodeFunction {key: row.to})
CREATE (a)-[:CALLS {resolved: row.resolved, count: row.count}]->(b)
