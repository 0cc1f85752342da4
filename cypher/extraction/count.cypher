// Cached extractions (tests and status).
MATCH (e:Extraction)
RETURN count(e) AS n
