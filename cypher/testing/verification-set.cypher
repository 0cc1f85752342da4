// Tests only: sets properties (status, the verification properties of lib/synthesis/MODEL.md) on problems by key.
UNWIND $rows AS row
MATCH (p:Problem {key: row.key})
SET p += row.props
RETURN count(p) AS problems
