// One revision per (problem, number): "<problemKey>#<n>"; two concurrent edits cannot both write revision n.
CREATE CONSTRAINT revision_key IF NOT EXISTS
FOR (r:Revision) REQUIRE r.key IS UNIQUE
