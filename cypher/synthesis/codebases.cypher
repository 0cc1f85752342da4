// The stored codebases' keys, for the launch panel and for naming them when a launch names an unknown one.
MATCH (c:Codebase)
RETURN c.key AS key, c.name AS name, c.version AS version, c.modules AS modules, c.classes AS classes,
       c.functions AS functions
ORDER BY c.name, c.version
