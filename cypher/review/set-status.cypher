// Approve, reject or reopen one problem if it still has the version the reviewer saw.
// The throw-away write takes the node's write lock before the version is read, so no update is lost.
MATCH (p:Problem {key: $key})
SET p._lock = true
REMOVE p._lock
WITH p, p.status AS from
WHERE p.version = $version
SET p.status = $status, p.version = p.version + 1, p.reviewer = $reviewer, p.reviewerId = $reviewerId,
  p.reviewedAt = $now, p.reasons = $reasons, p.note = $note
CREATE (p)-[:HAS_EVENT]->(:ReviewEvent {
  problemKey: p.key, action: $action, from: from, to: $status, version: p.version, reviewer: $reviewer,
  reviewerId: $reviewerId, at: $now, reasons: $reasons, note: $note, revision: coalesce(p.revision, 0), bulk: false
})
RETURN p.version AS version, from
