// Counts by label and relationship type come from Neo4j's count store: cheap at any size.
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL () { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions }
CALL () { MATCH ()-[r:CO_OCCURS]->() RETURN count(r) AS coOccurrences }
CALL () { MATCH (n:Scenario) RETURN count(n) AS scenarios }
CALL () { MATCH (n:Knowledge) RETURN count(n) AS knowledge }
CALL () { MATCH (n:DomainSkill) RETURN count(n) AS domainSkills }
CALL () { MATCH (n:CodingSkill) RETURN count(n) AS codingSkills }
RETURN documents, mentions, coOccurrences, scenarios, knowledge, domainSkills, codingSkills
