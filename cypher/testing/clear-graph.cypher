// Test databases only (guarded in tests/integration/helpers.ts).
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
