// Tail of review/export-seek + review/filter: one page of an SFT export in numeric index order.
WITH p ORDER BY p.index
LIMIT toInteger($limit)
RETURN p.index AS index, p.key AS key, p.title AS title, p.statement AS statement, p.examples AS examples, p.kind AS kind, p.answerCode AS answerCode,
       p.answerExplanation AS answerExplanation, p.family AS family, p.relationAnswer AS relationAnswer
