// A cheap fingerprint of the graph's content: every ingest that changes a document sets its
// ingestedAt, and the newest one is read from the document_ingested_at index (no scan). The
// co-occurrence weights of the $keys pairs (unique pair-key index; each relationship is stored
// once, so the directed pattern finds it once; absent pairs have weight 0) come back in the same
// round trip, so a lookup also tells whether cached data is still current.
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL () {
  OPTIONAL MATCH (d:Document) WHERE d.ingestedAt IS NOT NULL
  WITH d.ingestedAt AS at ORDER BY at DESC LIMIT 1
  RETURN toString(at) AS lastIngest
}
CALL () {
  UNWIND $keys AS key
  MATCH ()-[r:CO_OCCURS {pair: key}]->()
  RETURN collect([key, r.weight]) AS weights
}
RETURN documents, lastIngest, weights
