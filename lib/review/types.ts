import type { ElementType } from '../domain/element-types';
import type { ExamplesRecord, ExecutedExample } from '../domain/examples';
import { ATTEMPT_STATUSES, type AttemptStatus, type Difficulty } from '../domain/verification';

/** Data transfer types of the review API (shared by route handlers, the CLI and the browser). */
export const PROBLEM_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

/** Reject reasons; `other` needs a note. */
export const REASON_TAGS = ['incoherent', 'unrealistic', 'wrong-answer', 'duplicate', 'other'] as const;
export type ReasonTag = (typeof REASON_TAGS)[number];

export const REASON_LABELS: Readonly<Record<ReasonTag, string>> = {
  incoherent: 'Incoherent',
  unrealistic: 'Unrealistic',
  'wrong-answer': 'Wrong answer',
  duplicate: 'Duplicate',
  other: 'Other',
};

/** The verification filter's values: every attempt status, and `unverified` for problems without a result. */
export const VERIFY_FILTERS = [...ATTEMPT_STATUSES, 'unverified'] as const;
export type VerifyFilter = (typeof VERIFY_FILTERS)[number];

/** Where a problem is in the re-verification queue ("verify again"): waiting, being run, or neither. */
export type VerifyState = 'queued' | 'leased' | null;

/** A problem's verification at a glance (lib/synthesis/MODEL.md, "Verification"); all null when never verified. */
export interface VerificationSummary {
  verifyStatus: AttemptStatus | null;
  difficulty: Difficulty | null;
  /** Line coverage of the kept solution, 0–1. */
  coverage: number | null;
  passRate: number | null;
  verifyAttempts: number | null;
  verifyPassed: number | null;
  verifyState: VerifyState;
  /** Who asked for "verify again", and when (the latest request). */
  verifyRequestedBy: string | null;
  verifyRequestedAt: number | null;
  /** True only when the result came from the explicit opt-out of the sandbox. */
  unsandboxed: boolean;
}

export type StatusCounts = Record<ProblemStatus, number>;

export interface ProblemSummary {
  key: string;
  batchId: string;
  index: number;
  title: string;
  scenarioKey: string;
  scenarioName: string;
  coherence: number | null;
  status: ProblemStatus;
  version: number;
  reviewer: string | null;
  reviewedAt: number | null;
  createdAt: number;
  reasons: string[];
  /** The latest revision's number; 0 while the synthesis output is unedited. */
  revision: number;
  duplicate: boolean;
  verification: VerificationSummary;
  kind: ProblemKind;
  /** Case2Code: the function the task reconstructs. */
  functionName: string | null;
  /** Codebase tasks (issue 16): the task family and the codebase's key. */
  family: string | null;
  codebaseKey: string | null;
}

export interface ProblemPage {
  total: number;
  counts: StatusCounts;
  offset: number;
  limit: number;
  items: ProblemSummary[];
}

export interface Revision {
  number: number;
  title: string;
  statement: string;
  answerCode: string;
  answerExplanation: string;
  /** null for revision 0, the synthesis output. */
  reviewer: string | null;
  createdAt: number;
  /** Set on a revision that regenerated the executed examples. */
  note?: string | null;
}

/** `examples`: the executed examples were regenerated (a revision with the new ones). */
export type ReviewAction = 'approve' | 'reject' | 'reopen' | 'edit' | 'examples';

export interface ReviewEvent {
  action: ReviewAction;
  from: ProblemStatus;
  to: ProblemStatus;
  /** The version this change produced. */
  version: number;
  reviewer: string;
  at: number;
  reasons: string[];
  note: string | null;
  revision: number;
  bulk: boolean;
}

export interface ProblemElement {
  id: string;
  type: ElementType;
  key: string;
  name: string;
  docCount: number;
  role: 'scenario' | 'feature';
  position: number;
}

export interface BatchInfo {
  id: string;
  name: string | null;
  status: string | null;
  params: unknown;
  models: unknown;
  promptHashes: unknown;
  strategy: string | null;
  seed: number | null;
  count: number | null;
  createdAt: number | null;
}

/** One test of one attempt, as the harness reported it. */
export interface AttemptTestResult {
  id: string;
  outcome: 'passed' | 'failed' | 'skipped';
  message: string;
  detail: string;
  ms: number;
}

/** One sandboxed attempt: a solution and its tests (attempt 0's solution is the reference answer). */
export interface VerificationAttempt {
  index: number;
  role: 'reference' | 'attempt';
  solution: string;
  tests: string;
  status: AttemptStatus;
  message: string;
  counts: { passed: number; failed: number; total: number };
  results: AttemptTestResult[];
  coverage: { lines: number; covered: number; ratio: number } | null;
  output: string;
  durationMs: number;
  model: string | null;
  promptHash: string | null;
}

/** Everything stored about a problem's verification, for the focus view. */
export interface VerificationDetail {
  /** The kept attempt's test file (attempt 0's when none passed). */
  tests: string;
  /** The answer step's code; `answerCode` holds the kept solution when an attempt passed. */
  referenceCode: string | null;
  keptAttempt: number;
  fingerprint: string | null;
  worker: string | null;
  verifiedAt: number | null;
  k: number | null;
  attempts: VerificationAttempt[];
}

export interface ProblemView extends ProblemSummary {
  statement: string;
  answerCode: string;
  answerExplanation: string;
  note: string | null;
  flags: string[];
  selection: unknown;
  model: unknown;
  promptHashes: unknown;
  totalTokens: number | null;
  elements: ProblemElement[];
  pairs: Array<{ source: string; target: string; weight: number }>;
  documents: Array<{ id: string; title: string; source: string; shared: number; names: string[] }>;
  batch: BatchInfo | null;
  revisions: Revision[];
  events: ReviewEvent[];
  duplicates: Array<{ key: string; title: string; status: ProblemStatus; similarity: number }>;
  /** null for a problem that was never verified (batches without verification). */
  verificationDetail: VerificationDetail | null;
  /** Executed examples (issue 15); null for a problem whose batch asked for none. */
  examples: ExamplesRecord | null;
  /** Case2Code: the function the task was made from and the document it was found in. */
  origin: ProblemOrigin | null;
  /** Case2Code: every observed pair; the first `shown` are in the statement, the rest verify the answer. */
  ioPairs: {
    shown: number;
    pairs: ExecutedExample[];
    template: number;
    dropped: Partial<Record<string, number>>;
  } | null;
  /** Codebase tasks: the code elements the task used (USES links), subject first. */
  codeUses: CodeUse[];
  /** Relation questions: the exact answer read from the code graph (sorted qualified names). */
  relationAnswer: string[] | null;
}

/** A code element a codebase task used (lib/codebase/MODEL.md, `USES {role, position}`). */
export interface CodeUse {
  type: 'CodeModule' | 'CodeClass' | 'CodeFunction';
  key: string;
  qualname: string;
  signature: string | null;
  role: 'subject' | 'answer' | 'chain' | 'api';
  position: number;
}

export const PROBLEM_KINDS = ['scenario', 'case2code', 'codebase'] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export interface ProblemOrigin {
  key: string;
  name: string;
  signature: string;
  source: string;
  docstring: string | null;
  document: { id: string; title: string; source: string; url: string | null } | null;
}

/** What a 409 carries: the problem as it is now and the changes made since the version the reviewer saw. */
export interface ConflictDetail {
  key: string;
  yourVersion: number;
  current: {
    version: number;
    status: ProblemStatus;
    title: string;
    statement: string;
    answerCode: string;
    answerExplanation: string;
    reviewer: string | null;
    reviewedAt: number | null;
  };
  changes: ReviewEvent[];
}

export interface ProgressRow extends StatusCounts {
  total: number;
}

export interface ReviewProgress {
  overall: ProgressRow;
  batches: Array<ProgressRow & { id: string; name: string | null; createdAt: number | null }>;
  scenarios: Array<{ key: string; name: string; problems: number }>;
}

export interface ElementProblems {
  total: number;
  counts: StatusCounts;
  problems: Array<{ key: string; title: string; status: ProblemStatus; batchId: string; role: 'scenario' | 'feature' }>;
}

export interface BulkResult {
  matched: number;
  changed: number;
}

/**
 * Who makes a review change, as every event and revision stores it: the name shown in the history and the
 * user's id (`local` for the single-user local admin, whose name is typed in the browser).
 */
export interface Reviewer {
  name: string;
  id: string;
}

/** What one review action changed, for a caller that records it in the same transaction (the audit log). */
export interface ReviewChange {
  key: string;
  action: ReviewAction;
  from: ProblemStatus;
  to: ProblemStatus;
  /** The version the change produced. */
  version: number;
  /** The revision an edit saved. */
  revision: number | null;
}
