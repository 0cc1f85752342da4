// Case2Code items of a batch whose pairs did not pass the filter (class examples_filtered), with the reason.
MATCH (i:Item {batchId: $batch, state: 'failed', failureClass: 'examples_filtered'})
RETURN i.message AS message
