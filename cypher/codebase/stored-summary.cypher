// The counts of a stored codebase version, as addCodebase reports them (a re-add of unchanged sources).
MATCH (c:Codebase {key: $key})
OPTIONAL MATCH (:CodeModule {codebase: $key})-[i:IMPORTS]->()
WITH c, count(i) AS imports
OPTIONAL MATCH (:CodeClass {codebase: $key})-[h:INHERITS]->()
WITH c, imports, count(h) AS inherits
OPTIONAL MATCH (:CodeFunction {codebase: $key})-[x:CALLS]->()
WITH c, imports, inherits, count(x) AS calls, count(CASE WHEN x.resolved THEN 1 END) AS resolvedCalls
OPTIONAL MATCH (:CodeFunction {codebase: $key})-[a:ACCEPTS]->()
WITH c, imports, inherits, calls, resolvedCalls, count(a) AS accepts
OPTIONAL MATCH (:CodeFunction {codebase: $key})-[r:RETURNS]->()
RETURN c {.*} AS codebase, imports, inherits, calls, resolvedCalls, accepts, count(r) AS returns
