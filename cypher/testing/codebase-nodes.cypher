// Every module, class and function of one codebase version, for the tests' own counting.
MATCH (n:CodeModule|CodeClass|CodeFunction)
WHERE n.codebase = $codebase
RETURN
  [l IN labels(n) WHERE l IN ['CodeModule', 'CodeClass', 'CodeFunction']][0] AS label,
  n.key AS key,
  coalesce(n.qualname, n.name) AS name,
  n.path AS path,
  n.isPackage AS isPackage,
  n.isMethod AS isMethod,
  n.isAsync AS isAsync
ORDER BY key
