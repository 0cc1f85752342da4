// The code graph as resolve.ts builds it and load.ts stores it (lib/codebase/MODEL.md).

export interface SourceFile {
  /** Posix path relative to the import root. */
  path: string;
  code: string;
  hash: string;
}

export interface ModuleNode {
  key: string;
  path: string;
  name: string;
  isPackage: boolean;
  lines: number;
  hash: string;
  source: string;
  docstring: string | null;
}

export interface ClassNode {
  key: string;
  qualname: string;
  name: string;
  module: string;
  bases: string[];
  decorators: string[];
  docstring: string | null;
  lineStart: number;
  lineEnd: number;
  /** The key of the module or class that CONTAINS it. */
  container: string;
}

export interface FunctionNode {
  key: string;
  qualname: string;
  name: string;
  module: string;
  signature: string;
  params: string;
  returns: string | null;
  docstring: string | null;
  decorators: string[];
  isMethod: boolean;
  isAsync: boolean;
  lineStart: number;
  lineEnd: number;
  container: string;
}

export interface CodeGraph {
  modules: ModuleNode[];
  classes: ClassNode[];
  functions: FunctionNode[];
  imports: Array<{ from: string; to: string; names: string[]; star: boolean; line: number }>;
  inherits: Array<{ from: string; to: string; position: number }>;
  calls: Array<{ from: string; to: string; resolved: boolean; count: number }>;
  accepts: Array<{ from: string; to: string; param: string; exact: boolean }>;
  returns: Array<{ from: string; to: string; exact: boolean }>;
  failed: Array<{ path: string; line: number; message: string }>;
}
