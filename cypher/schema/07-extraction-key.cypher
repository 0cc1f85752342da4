// The extraction cache: one node per (document content hash, prompt hash, model).
CREATE CONSTRAINT extraction_key IF NOT EXISTS
FOR (e:Extraction) REQUIRE e.key IS UNIQUE
