// Tests only: a problem's stored properties and how many revisions and review events it has.
MATCH (p:Problem {key: $key})
RETURN p {.*} AS problem, COUNT { (p)-[:HAS_REVISION]->() } AS revisions, COUNT { (p)-[:HAS_EVENT]->() } AS events
