// The source files of a codebase ($codebase: its key), for the sandbox's /task/lib (lib/codebase/MODEL.md).
MATCH (m:CodeModule {codebase: $codebase})
RETURN m.path AS path, m.source AS content
ORDER BY m.path
