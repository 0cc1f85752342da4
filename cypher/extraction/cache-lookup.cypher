// Cached extraction records for a list of cache keys.
UNWIND $keys AS key
MATCH (e:Extraction {key: key})
RETURN e.key AS key, e.record AS record
