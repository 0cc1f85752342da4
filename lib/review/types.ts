import type { ElementType } from '../domain/element-types';

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
}

export type ReviewAction = 'approve' | 'reject' | 'reopen' | 'edit';

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
