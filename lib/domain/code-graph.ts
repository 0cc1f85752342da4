/** The code graph's node labels (lib/codebase/MODEL.md); the type name doubles as the Neo4j label. */
export const CODE_NODE_TYPES = ['CodeModule', 'CodeClass', 'CodeFunction'] as const;
export type CodeNodeType = (typeof CODE_NODE_TYPES)[number];

export const CODE_RELATIONSHIPS = ['CONTAINS', 'IMPORTS', 'INHERITS', 'CALLS', 'ACCEPTS', 'RETURNS'] as const;
export type CodeRelationship = (typeof CODE_RELATIONSHIPS)[number];

export interface CodeNodeTypeInfo {
  title: string;
  /** Colour used for this type in Explore and review (distinct from the four element types' colours). */
  color: string;
}

export const CODE_NODE_TYPE_INFO: Readonly<Record<CodeNodeType, CodeNodeTypeInfo>> = {
  CodeModule: { title: 'Module', color: '#f28e2b' },
  CodeClass: { title: 'Class', color: '#76b7b2' },
  CodeFunction: { title: 'Function', color: '#edc948' },
};

export function isCodeNodeType(value: unknown): value is CodeNodeType {
  return typeof value === 'string' && (CODE_NODE_TYPES as readonly string[]).includes(value);
}

/** A codebase's key: "<name>@<version>". */
export function codebaseKey(name: string, version: string): string {
  return `${name}@${version}`;
}

/** The three task families of a `codebase` batch (UCD-Training). */
export const CODE_TASK_FAMILIES = ['relation', 'compositional', 'utilization'] as const;
export type CodeTaskFamily = (typeof CODE_TASK_FAMILIES)[number];

/** One parsed parameter of a CodeFunction (its `params` JSON). */
export interface CodeParam {
  name: string;
  kind: 'posonly' | 'arg' | 'vararg' | 'kwonly' | 'kwarg';
  annotation: string | null;
  default: string | null;
}
