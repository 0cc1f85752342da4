// Links each near duplicate to the earlier problem it resembles most (one relationship per pair).
UNWIND $links AS link
MATCH (a:Problem {key: link.a}), (b:Problem {key: link.b})
MERGE (a)-[d:NEAR_DUPLICATE]->(b)
SET d.similarity = link.similarity, d.computedAt = $now
