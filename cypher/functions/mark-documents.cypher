// What each document's blocks came to, so the counts can be read back without a re-scan.
UNWIND $docs AS doc
MATCH (d:Document {id: doc.id})
SET d.codeBlocks = doc.blocks, d.unparsedBlocks = doc.unparsed, d.untaggedBlocksSkipped = doc.untaggedSkipped,
  d.nestedFunctions = doc.nested, d.functionsScannedAt = datetime($scannedAt)
