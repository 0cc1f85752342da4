// One problem by batch and index, with its batch's name.
MATCH (p:Problem {key: $key})
OPTIONAL MATCH (b:Batch {id: p.batchId})
RETURN p {.*} AS problem, b.name AS batchName
