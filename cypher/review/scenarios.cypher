// The scenarios problems were set in, for the scenario filter.
MATCH (p:Problem)
WITH p.scenarioKey AS key, collect(DISTINCT p.scenarioName)[0] AS name, count(*) AS problems
RETURN key, name, problems
ORDER BY problems DESC, key
