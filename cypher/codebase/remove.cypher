// Everything of one codebase version: its modules, classes and functions with their relationships, then itself.
MATCH (c:Codebase {key: $key})
OPTIONAL MATCH (c)-[:CONTAINS*1..]->(n)
WITH c, collect(DISTINCT n) AS nodes
FOREACH (n IN nodes | DETACH DELETE n)
DETACH DELETE c
RETURN size(nodes) AS removed
