// Tail of review/filter: how many problems a triplet export with these filters leaves out because they have no tests.
WITH p
WHERE ($verified = false OR p.verifyStatus = 'passed') AND (p.tests IS NULL OR trim(p.tests) = '')
RETURN count(p) AS n
