// One page of a batch's items in index order, from $from: every index below the batch's count, claimed
// yet or not, with its item's state and, once written, its problem's title, scenario and review status.
// Both lookups go through the unique key constraints (item_key, problem_key).
MATCH (b:Batch {id: $id})
WITH b, toInteger($from) AS first, toInteger($size) AS size, timestamp() AS now
WITH b, now, first, CASE WHEN first + size < b.count THEN first + size ELSE b.count END AS stop
CALL (b, now, first, stop) {
  UNWIND range(first, stop - 1) AS index
  WITH b, now, index, b.id + '/' + toString(index) AS key
  OPTIONAL MATCH (i:Item {key: key})
  OPTIONAL MATCH (p:Problem {key: key})
  WITH index, now, i, p ORDER BY index
  RETURN collect({
    index: index,
    state: i.state,
    live: i.leaseExpires >= now,
    failureClass: i.failureClass,
    message: i.message,
    title: p.title,
    scenarioName: p.scenarioName,
    review: p.status
  }) AS items
}
RETURN b.count AS total, items
