// Problems a batch produced, and how many distinct item indexes they cover (tests only).
MATCH (:Batch {id: $id})-[:PRODUCED]->(p:Problem)
RETURN count(p) AS problems, count(DISTINCT p.index) AS distinct
