// The batches an export refers to, read once per export rather than once per problem.
MATCH (b:Batch)
WHERE $batch IS NULL OR b.id = $batch
RETURN b {.id, .name, .status, .params, .models, .promptHashes, .strategy, .seed, .count, .createdAt, .finishedAt} AS batch
