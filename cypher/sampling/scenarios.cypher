// Every scenario with its document count: the population of "all scenarios" and the picker's list.
MATCH (s:Element {type: 'Scenario'})
RETURN s.key AS key, s.name AS name, s.docCount AS docCount
ORDER BY docCount DESC, key
LIMIT toInteger($limit)
