// Tail of review/filter: one page of the sorted match, with the match's size and counts per status.
// Problems without a coherence, coverage or pass rate sort last either way.
WITH p
ORDER BY
  CASE $sort WHEN 'batch' THEN p.batchId END,
  CASE $sort WHEN 'batch' THEN p.index END,
  CASE $sort WHEN 'coherence' THEN coalesce(p.coherence, 3.0) END,
  CASE $sort WHEN 'coherence-desc' THEN coalesce(-p.coherence, 3.0) END,
  CASE $sort WHEN 'coverage' THEN coalesce(p.coverage, 3.0) END,
  CASE $sort WHEN 'coverage-desc' THEN coalesce(-p.coverage, 3.0) END,
  CASE $sort WHEN 'pass-rate' THEN coalesce(p.passRate, 3.0) END,
  CASE $sort WHEN 'pass-rate-desc' THEN coalesce(-p.passRate, 3.0) END,
  CASE $sort WHEN 'age-desc' THEN -p.createdAt END,
  p.createdAt, p.key
WITH collect(p) AS matched
RETURN size(matched) AS total,
  size([q IN matched WHERE q.status = 'pending']) AS pending,
  size([q IN matched WHERE q.status = 'approved']) AS approved,
  size([q IN matched WHERE q.status = 'rejected']) AS rejected,
  [q IN matched[$offset..($offset + $limit)] | q {
    .key, .batchId, .index, .title, .scenarioKey, .scenarioName, .coherence, .status, .version, .reviewer, .reviewedAt,
    .createdAt, .reasons, .revision, .duplicate,
    .verifyStatus, .difficulty, .coverage, .passRate, .verifyAttempts, .verifyPassed, .verifyState,
    .verifyRequestedBy, .verifyRequestedAt, .unsandboxed, .kind, .functionName
  }] AS items
