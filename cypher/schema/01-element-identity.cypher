// One element per (type, key): the identity of SPEC.md §2.
CREATE CONSTRAINT element_identity IF NOT EXISTS
FOR (e:Element) REQUIRE (e.type, e.key) IS UNIQUE
