/** One parameter of a found function, as written (annotation text or null). */
export interface FunctionParam {
  name: string;
  annotation: string | null;
}

/** A `(:Function)` node: one top-level Python function of a document's code blocks. */
export interface StoredFunction {
  /** `<docId>:<first 16 hex of hash>`: stable across re-scans while the function's text is unchanged. */
  key: string;
  docId: string;
  name: string;
  /** `def name(a, b=1) -> int` */
  signature: string;
  /** The def with the imports and literal constants it uses, runnable on its own. */
  source: string;
  /** sha256 of the normalized source (hex). */
  hash: string;
  docstring: string | null;
  params: FunctionParam[];
  modules: string[];
  /** Where it was found: the document's body or `answer N`, the block's number in the document, lines in the block. */
  part: string;
  block: number;
  line: number;
  endLine: number;
  /** True when `problems` is empty: a Case2Code candidate. */
  eligible: boolean;
  /** Why it is not a candidate, as the sandbox's static check says it ("it returns no value" …). */
  problems: string[];
  /** The leading phrase of each problem ("it calls", "it imports what the sandbox lacks" …). */
  reasons: string[];
  /** ISO time of the scan that last saw it. */
  scannedAt: string;
}

/** A function with the document it came from. */
export interface FunctionWithDocument extends StoredFunction {
  document: { id: string; title: string; source: string; url: string | null };
}

/** What the scanned corpus holds, read back from the stored nodes. */
export interface FunctionCounts {
  /** Documents a scan has looked at. */
  documents: number;
  /** Code blocks sent to the parser: ```python/```py blocks and untagged ones. */
  blocks: number;
  /** Python-tagged blocks that do not parse (counted, never stored). */
  unparsed: number;
  /** Untagged blocks that do not parse as Python (output, shell, prose): skipped, not counted as failures. */
  untaggedSkipped: number;
  /** Top-level functions stored, eligible or not. */
  functions: number;
  eligible: number;
  /** Methods and functions defined inside functions: never candidates, counted only. */
  nested: number;
  /** Ineligible functions per drop reason, most frequent first (a function with two reasons counts in both). */
  reasons: Array<{ reason: string; functions: number }>;
}

export interface ScanSummary extends FunctionCounts {
  /** Functions stored or updated by this scan, and stale ones it removed. */
  removed: number;
  seconds: number;
}

/** A document's functions, as the document view shows them. */
export interface DocumentFunctions {
  total: number;
  eligible: number;
  functions: Array<
    Pick<StoredFunction, 'key' | 'name' | 'signature' | 'eligible' | 'problems' | 'part'> & {
      /** Case2Code tasks made from it (the newest five of `taskCount`). */
      taskCount: number;
      tasks: Array<{ batchId: string; index: number; status: string }>;
    }
  >;
}
