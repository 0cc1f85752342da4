// Reads a batch under its write lock, for an action that decides from its current state.
MATCH (b:Batch {id: $id})
SET b.updatedAt = timestamp()
RETURN b {.*} AS batch
