// One lock node for verifier claims (MERGE on a constrained key cannot make two).
CREATE CONSTRAINT verify_queue_id IF NOT EXISTS
FOR (q:VerifyQueue) REQUIRE q.id IS UNIQUE
