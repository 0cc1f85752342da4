// The review queue filters problems by scenario.
CREATE INDEX problem_scenario IF NOT EXISTS
FOR (p:Problem) ON (p.scenarioKey)
