export { addCodebase, CodebaseParseUnavailableError, CodebaseVersionConflictError } from './add';
export type { AddCodebaseOptions, AddCodebaseSummary } from './add';
export { listCodebases } from './read';
export type { CodebaseListing } from './read';
