// The (:Function) of a Case2Code item, with the document it was found in.
MATCH (f:Function {key: $key})
OPTIONAL MATCH (d:Document)-[:HAS_FUNCTION]->(f)
WITH f, d ORDER BY d.id LIMIT 1
RETURN f.key AS key, f.name AS name, f.signature AS signature, f.source AS source, f.docstring AS docstring,
       d.id AS docId, d.title AS docTitle
