MATCH (s:Scenario)
OPTIONAL MATCH (s)-[r:CO_OCCURS]-(other)
RETURN s.name AS name, count(DISTINCT other) AS degree
