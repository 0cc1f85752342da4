// Stores regenerated executed examples as a new revision if the problem still has the version the reviewer
// saw (as review/edit does): the first revision also keeps the synthesis output, with its examples, as 0.
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
    answerExplanation: p.answerExplanation, examples: p.examples, reviewer: null, createdAt: p.createdAt
  })
}
CREATE (p)-[:HAS_REVISION]->(:Revision {
  key: p.key + '#' + toString(previous + 1), problemKey: p.key, number: previous + 1, title: p.title,
  statement: p.statement, answerCode: p.answerCode, answerExplanation: p.answerExplanation, examples: $examples,
  note: 'examples regenerated', reviewer: $reviewer, reviewerId: $reviewerId, createdAt: $now
})
SET p.examples = $examples, p.examplesStatus = $examplesStatus, p.examplesCount = $examplesCount,
  p.examplesReason = $examplesReason, p.examplesDropped = $examplesDropped,
  p.revision = previous + 1, p.version = p.version + 1
CREATE (p)-[:HAS_EVENT]->(:ReviewEvent {
  problemKey: p.key, action: 'examples', from: p.status, to: p.status, version: p.version, reviewer: $reviewer,
  reviewerId: $reviewerId, at: $now, reasons: [], note: 'examples regenerated', revision: previous + 1, bulk: false
})
RETURN p.version AS version, p.revision AS revision
