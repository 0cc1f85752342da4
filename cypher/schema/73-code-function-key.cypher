CREATE CONSTRAINT code_function_key IF NOT EXISTS
FOR (f:CodeFunction) REQUIRE f.key IS UNIQUE
