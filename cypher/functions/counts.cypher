// Totals of the last scan of every document, and of the functions stored.
MATCH (d:Document)
WHERE d.functionsScannedAt IS NOT NULL
WITH count(d) AS documents, sum(d.codeBlocks) AS blocks, sum(d.unparsedBlocks) AS unparsed,
  sum(d.untaggedBlocksSkipped) AS untaggedSkipped, sum(d.nestedFunctions) AS nested
CALL () {
  MATCH (f:Function)
  RETURN count(f) AS functions, count(CASE WHEN f.eligible THEN 1 END) AS eligible
}
RETURN documents, blocks, unparsed, untaggedSkipped, nested, functions, eligible
