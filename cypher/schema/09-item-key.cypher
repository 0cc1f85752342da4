// One work item per (batch, index): "<batchId>/<index>". No retry, resume or second runner can make two.
CREATE CONSTRAINT item_key IF NOT EXISTS
FOR (i:Item) REQUIRE i.key IS UNIQUE
