// Stage: the Python functions of the ingested documents, the raw material of Case2Code tasks.
//
// For the next stage (all read from Neo4j, nothing cached):
//   listFunctions({ eligibleOnly?, docId?, limit? }): Promise<StoredFunction[]>
//     in document id, block and line order; eligibleOnly: only functions with no problems (the candidates)
//   functionByKey(key): Promise<FunctionWithDocument | null>
//     one function plus document {id, title, source, url | null}; null for an unknown key
//   functionCounts(): Promise<FunctionCounts>
//     documents scanned, blocks, unparsed blocks, functions, eligible, nested, and ineligible functions per reason
// A StoredFunction's `source` runs on its own (the def plus the imports and literal constants it uses); its
// `key` stays the same across re-scans while its normalized source is unchanged.
export { documentFunctions, functionByKey, functionCounts, listFunctions } from './read';
export { FunctionScanUnavailableError, scanFunctions, scanIfSandboxAvailable, type ScanOptions } from './scan';
export type {
  DocumentFunctions,
  FunctionCounts,
  FunctionParam,
  FunctionWithDocument,
  ScanSummary,
  StoredFunction,
} from './types';
