// One Codebase node per name@version (lib/codebase/MODEL.md).
CREATE CONSTRAINT codebase_key IF NOT EXISTS
FOR (c:Codebase) REQUIRE c.key IS UNIQUE
