// Saves an edit as a new revision if the problem still has the version the reviewer saw; the first
// edit also stores the synthesis output as revision 0. The problem's own fields hold the latest revision.
MATCH (p:Problem {key: $key})
SET p._lock = true
REMOVE p._lock
WITH p, coalesce(p.revision, 0) AS previous
WHERE p.version = $version
CALL (p, previous) {
  WITH p, previous
  WHERE previous = 0
  CREATE (p)-[:HAS_REVISION]->(:Revision {
    key: p.key + '#0', problemKey: p.key, number: 0, title: p.title, statement: p.statement, answerCode: p.answerCode,
    answerExplanation: p.answerExplanation, reviewer: null, createdAt: p.createdAt
  })
}
CREATE (p)-[:HAS_REVISION]->(:Revision {
  key: p.key + '#' + toString(previous + 1), problemKey: p.key, number: previous + 1, title: $title, statement: $statement,
  answerCode: $answerCode, answerExplanation: $answerExplanation, reviewer: $reviewer, reviewerId: $reviewerId,
  createdAt: $now
})
SET p.title = $title, p.statement = $statement, p.answerCode = $answerCode, p.answerExplanation = $answerExplanation,
  p.revision = previous + 1, p.version = p.version + 1, p.reviewer = $reviewer, p.reviewerId = $reviewerId,
  p.reviewedAt = $now
CREATE (p)-[:HAS_EVENT]->(:ReviewEvent {
  problemKey: p.key, action: 'edit', from: p.status, to: p.status, version: p.version, reviewer: $reviewer,
  reviewerId: $reviewerId, at: $now, reasons: [], note: null, revision: previous + 1, bulk: false
})
RETURN p.version AS version, p.revision AS revision
