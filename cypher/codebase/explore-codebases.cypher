// Every stored codebase with its counts, for Explore's graph chooser (newest version of a name first).
MATCH (c:Codebase)
RETURN c.key AS key, c.name AS name, c.version AS version, c.modules AS modules, c.classes AS classes,
  c.functions AS functions, c.methods AS methods, c.addedAt AS addedAt
ORDER BY c.name, c.addedAt DESC, c.version
