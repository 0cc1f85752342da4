// One page of documents in id order, with the text their code blocks come from.
MATCH (d:Document)
WHERE $after IS NULL OR d.id > $after
RETURN d.id AS id, d.body AS body, coalesce(d.answers, []) AS answers
ORDER BY d.id
LIMIT toInteger($limit)
