// Failed items of a batch by class, with a few examples each.
MATCH (i:Item {batchId: $id, state: 'failed'})
WITH i ORDER BY i.failedAt DESC
WITH i.failureClass AS failureClass, collect(i {.index, .message, .attempts}) AS items
RETURN failureClass, size(items) AS count, items[0..toInteger($examples)] AS examples
ORDER BY count DESC, failureClass
