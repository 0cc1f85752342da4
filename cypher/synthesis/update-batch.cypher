// Sets batch fields chosen by an action ($changes: a map; null removes a field).
MATCH (b:Batch {id: $id})
SET b += $changes, b.updatedAt = timestamp()
RETURN b {.*} AS batch
