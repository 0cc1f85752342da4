// "Verify again": queues the problems for a verifier (lib/synthesis/MODEL.md, re-verification queue), only if
// every key exists; one already leased by a verifier is left to it. Review's version is not touched.
WITH $keys AS keys
OPTIONAL MATCH (p:Problem)
WHERE p.key IN keys
WITH keys, collect(p) AS found
WITH keys, found, [k IN keys WHERE NOT k IN [q IN found | q.key]] AS missing
CALL (found, missing) {
  WITH found, missing
  WHERE size(missing) = 0
  UNWIND found AS p
  WITH p
  WHERE p.verifyState IS NULL OR p.verifyState <> 'leased'
  SET p.verifyState = 'queued', p.verifyRequestedBy = $by, p.verifyRequestedAt = $now
  RETURN count(p) AS queued
}
RETURN missing, queued,
  [q IN found | q {.key, .verifyState, .verifyRequestedBy, .verifyRequestedAt}] AS problems
