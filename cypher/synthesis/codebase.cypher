// A stored codebase by key (launching a codebase batch checks it exists, and names it).
MATCH (c:Codebase {key: $key})
RETURN c.key AS key, c.name AS name, c.version AS version, c.modules AS modules, c.classes AS classes,
       c.functions AS functions
