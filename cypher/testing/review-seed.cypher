// Tests only: one batch and its problems in the shape of lib/synthesis/MODEL.md, linked to existing elements.
CREATE (b:Batch)
SET b = $batch
WITH b
UNWIND $problems AS row
CREATE (p:Problem)
SET p = row.props
CREATE (b)-[:PRODUCED]->(p)
WITH p, row
UNWIND row.uses AS use
MATCH (e:Element {type: use.type, key: use.key})
CREATE (p)-[:USES {role: use.role, position: use.position}]->(e)
RETURN count(DISTINCT p) AS problems
