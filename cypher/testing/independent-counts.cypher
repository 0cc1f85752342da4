// Counted the long way (by scanning), independent of the app's count-store query.
MATCH (n)
WITH n, [l IN labels(n) WHERE l IN ['Document', 'Scenario', 'Knowledge', 'DomainSkill', 'CodingSkill']][0] AS label
WHERE label IS NOT NULL
RETURN label, count(*) AS count
