MATCH (d:Document)-[:HAS_FUNCTION]->(f:Function {key: $key})
RETURN f {.*, docId: d.id, scannedAt: toString(f.scannedAt)} AS fn, d {.id, .title, .source, .url} AS document
