// $props: every property of the Codebase node (lib/codebase/MODEL.md).
CREATE (c:Codebase)
SET c = $props
