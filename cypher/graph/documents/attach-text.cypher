// Attaches raw document text (documents.jsonl) to Document nodes the ingest already created;
// documents without extraction records are not created here.
UNWIND $docs AS doc
MATCH (d:Document {id: doc.id})
SET d.body = doc.body, d.answers = doc.answers, d.tags = doc.tags, d.url = doc.url, d.license = doc.license
RETURN count(d) AS attached
