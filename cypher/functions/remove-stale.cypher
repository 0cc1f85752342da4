// $docs: [{id, keys}]: a document's functions that this scan did not find again (their text changed or went).
UNWIND $docs AS doc
MATCH (:Document {id: doc.id})-[:HAS_FUNCTION]->(f:Function)
WHERE NOT f.key IN doc.keys
DETACH DELETE f
RETURN count(*) AS removed
