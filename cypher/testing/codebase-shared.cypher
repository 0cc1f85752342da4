// Nodes that two codebase versions both reach through CONTAINS (none when versions are stored apart).
MATCH (a:Codebase {key: $first})-[:CONTAINS*1..8]->(n)
WITH collect(DISTINCT n) AS firstNodes
MATCH (b:Codebase {key: $second})-[:CONTAINS*1..8]->(m)
WITH firstNodes, collect(DISTINCT m) AS secondNodes
RETURN
  size(firstNodes) AS first,
  size(secondNodes) AS second,
  size([n IN firstNodes WHERE n IN secondNodes]) AS shared
