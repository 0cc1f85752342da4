// At most one CO_OCCURS per unordered pair, enforced by the database; also the fast lookup for weight updates.
CREATE CONSTRAINT co_occurs_pair IF NOT EXISTS
FOR ()-[r:CO_OCCURS]-() REQUIRE r.pair IS UNIQUE
