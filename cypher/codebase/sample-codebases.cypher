// The codebases the Sampler's codebase mode offers, by name and version.
MATCH (c:Codebase)
RETURN c.key AS key, c.name AS name, c.version AS version, coalesce(c.classes, 0) AS classes,
  coalesce(c.functions, 0) + coalesce(c.methods, 0) AS functions
ORDER BY name, version
