// The classes and functions of one codebase a code sample can start from (lib/codebase/sampling.ts), by qualname.
MATCH (n:CodeClass|CodeFunction {codebase: $codebase})
RETURN n {
  .key, .qualname, .name, .module,
  signature: n.signature,
  type: CASE WHEN n:CodeClass THEN 'CodeClass' ELSE 'CodeFunction' END
} AS api
ORDER BY api.qualname, api.key
