// Tail of review/filter: sets every matching problem not yet in $target, in one transaction, but only
// if exactly $expected match (what the reviewer confirmed); a write lock on each is taken first.
WITH p WHERE p.status <> $target
WITH collect(p) AS matched
CALL (matched) {
  WITH matched WHERE size(matched) = $expected
  UNWIND matched AS p
  SET p._lock = true
  REMOVE p._lock
  WITH p, p.status AS from
  WHERE from <> $target
  SET p.status = $target, p.version = p.version + 1, p.reviewer = $reviewer, p.reviewerId = $reviewerId,
    p.reviewedAt = $now, p.reasons = $reasons, p.note = $note
  CREATE (p)-[:HAS_EVENT]->(:ReviewEvent {
    problemKey: p.key, action: $action, from: from, to: $target, version: p.version, reviewer: $reviewer,
    reviewerId: $reviewerId, at: $now, reasons: $reasons, note: $note, revision: coalesce(p.revision, 0), bulk: true
  })
  RETURN count(p) AS changed
}
RETURN size(matched) AS matched, changed
