// Tail of review/filter: one page of the sorted match, with the match's size and counts per status.
WITH p
ORDER BY
  CASE $sort WHEN 'batch' THEN p.batchId END,
  CASE $sort WHEN 'batch' THEN p.index END,
  CASE $sort WHEN 'coherence' THEN coalesce(p.coherence, 3.0) END,
  CASE $sort WHEN 'coherence-desc' THEN coalesce(-p.coherence, 3.0) END,
  CASE $sort WHEN 'age-desc' THEN -p.createdAt END,
  p.createdAt, p.key
WITH collect(p) AS matched
RETURN size(matched) AS total,
  size([q IN matched WHERE q.status = 'pending']) AS pending,
  size([q IN matched WHERE q.status = 'approved']) AS approved,
  size([q IN matched WHERE q.status = 'rejected']) AS rejected,
  [q IN matched[$offset..($offset + $limit)] | q {
    .key, .batchId, .index, .title, .scenarioKey, .scenarioName, .coherence, .status, .version, .reviewer, .reviewedAt,
    .createdAt, .reasons, .revision, .duplicate
  }] AS items
