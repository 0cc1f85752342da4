// One problem per item key: the database refuses a second problem for the same item.
CREATE CONSTRAINT problem_key IF NOT EXISTS
FOR (p:Problem) REQUIRE p.key IS UNIQUE
