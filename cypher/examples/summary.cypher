// Executed examples of one batch's problems (lib/examples/summary.ts): status, reason, kept count and
// the drop counts per problem; empty for an unknown batch (the caller checks the batch exists).
MATCH (:Batch {id: $batch})-[:PRODUCED]->(p:Problem)
WHERE p.examplesStatus IS NOT NULL
RETURN p.examplesStatus AS status, p.examplesReason AS reason, p.examplesCount AS kept, p.examplesDropped AS dropped
