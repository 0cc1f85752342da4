// The rows of the tests' own queries (cypher/testing/): see lib/db/rows.ts.
import type { ElementType } from '../lib/domain/element-types';
import type { NoRows } from '../lib/db/rows';
import type { FixtureCandidate } from './review/fixture';

export interface PairRow {
  aType: string;
  aKey: string;
  bType: string;
  bKey: string;
  weight: number;
  relId: string;
}

export interface ElementRow {
  type: string;
  key: string;
  name: string;
  docCount: number;
  strength: number;
  incidentWeight: number;
  labels: string[];
  mentionedBy: number;
}

/** A problem's verification properties as the verification tests read them. */
export interface VerificationProblemRow {
  key: string;
  index: number;
  verifyStatus: string | null;
  verifyAttempts: number | null;
  verifyPassed: number | null;
  passRate: number | null;
  difficulty: string | null;
  coverage: number | null;
  keptAttempt: number | null;
  tests: string | null;
  answerCode: string;
  referenceCode: string | null;
  verifyFingerprint: string | null;
  unsandboxed: boolean | null;
  verification: string | null;
  verifyRuns: number | null;
  verifyState: string | null;
}

/** A stored synthesis problem as the synthesis tests read it. */
export interface SynthesisProblemRow {
  key: string;
  index: number;
  features: string;
  scenarioKey: string;
  statement: string;
  answerCode: string;
  selection: string | null;
  runner: string;
  flags: string[];
  totalTokens: number;
  coherence: number | null;
  uses: string[];
}

declare module '../lib/db/rows' {
  interface QueryRows {
    'testing/clear-graph': NoRows;
    'testing/fault-counter': { n: number };
    'testing/fault-counter-read': { n: number };
    'testing/auth-clear': NoRows;
    'testing/auth-users': { id: string; email: string; role: string | null };
    'testing/auth-tokens': { id: string; hash: string; role: string };
    'testing/auth-sign-in-failures': { email: string; status: number };
    'testing/auth-accounts': { userId: string; providerId: string; password: string | null };
    'testing/documents': { id: string; hash: string; title: string; mentions: number };
    'testing/documents-with-prefix': { documents: number; mentions: number };
    'testing/elements': ElementRow;
    'testing/graph-elements': {
      type: string;
      key: string;
      name: string;
      docCount: number;
      strength: number;
      forms: string[];
      formCounts: number[];
      labels: string[];
      properties: string[];
    };
    'testing/graph-documents': {
      id: string;
      source: string;
      title: string;
      hash: string;
      labels: string[];
      properties: string[];
      ingestedAtType: string;
      mentions: string[][];
      mentionProperties: string[][];
    };
    'testing/graph-co-occurs': { pair: string; start: string[]; end: string[]; weight: number; properties: string[] };
    'testing/pairs': PairRow;
    'testing/independent-counts': { label: string; count: number };
    'testing/independent-degrees': { name: string; degree: number };
    'testing/independent-edges': { edges: number; distinctPairs: number };
    'testing/review-candidates': FixtureCandidate;
    'testing/review-seed': { problems: number };
    'testing/review-status-counts': { status: string; n: number };
    'testing/review-stored': { problem: Record<string, unknown>; revisions: number; events: number };
    'testing/review-trail': {
      events: Array<{ action: string; version: number; reviewer: string; reviewerId: string | null }>;
      revisions: Array<{ number: number; reviewer: string | null; reviewerId: string | null }>;
    };
    'testing/audit-count': { n: number };
    'testing/verification-set-state': { key: string };
    'testing/synthesis-items': { state: string; n: number };
    'testing/synthesis-problem-count': { problems: number; distinct: number };
    'testing/synthesis-problems': SynthesisProblemRow;
    'testing/verification-problems': VerificationProblemRow;
    'testing/document-mention': { type: ElementType; key: string };
    'testing/codebase-relation-answer': { name: string };
    'testing/codebase-uses': { type: string; key: string; role: string; position: number };
    'testing/examples-problems': {
      key: string;
      index: number;
      keptAttempt: number | null;
      examples: string | null;
      examplesStatus: string | null;
      examplesCount: number | null;
      examplesReason: string | null;
    };
    'testing/queue-problems': { queued: number };
    'testing/verification-set': { problems: number };
    'testing/batch-count': { batches: number };
    'testing/graph-fingerprint': { id: string; labels: string[]; props: Record<string, unknown>; out: unknown[] };
    'testing/codebase-nodes': {
      label: 'CodeModule' | 'CodeClass' | 'CodeFunction';
      key: string;
      name: string;
      path: string | null;
      isPackage: boolean | null;
      isMethod: boolean | null;
      isAsync: boolean | null;
    };
    'testing/codebase-edges': {
      type: string;
      source: string;
      sourceKey: string;
      target: string;
      targetKey: string;
      targetCodebase: string;
      props: Record<string, unknown>;
    };
    'testing/codebase-shared': { first: number; second: number; shared: number };
    'testing/codebase-chains': { producer: string; type: string; consumer: string; exact: boolean };
    'testing/graph-totals': { nodes: number; relationships: number };
  }
}
