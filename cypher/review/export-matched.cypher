// Tail of review/filter: how many problems an export with these filters holds (triplets without tests included).
WITH p
WHERE ($verified = false OR p.verifyStatus = 'passed')
RETURN count(p) AS n
