UNWIND $rows AS row
MATCH (a:CodeModule {key: row.from})
MATCH (b:CodeModule {key: row.to})
CREATE (a)-[:IMPORTS {names: row.names, star: row.star, line: row.line}]->(b)
