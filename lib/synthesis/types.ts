import type { StepName, SynthesisTask } from '../domain/steps';
import type { FeatureCounts, FeatureType } from '../sampling/complexity';
import type { StrategyId } from '../sampling/strategies';

/** Data transfer types of the Batches API (shared by route handlers, the CLI and the browser). */

export const BATCH_STATUSES = ['queued', 'running', 'paused', 'cancelled', 'done', 'failed'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

/** Statuses a runner still works on. */
export const ACTIVE_STATUSES: readonly BatchStatus[] = ['queued', 'running'];

/** Why an item failed: an LLM failure class, or `internal` for a bug or database error. */
export type ItemFailureClass = string;

export interface BatchParams {
  selection: 'list' | 'all';
  /** Scenario keys (not refs). */
  scenarios: string[];
  weighting: 'docCount' | 'uniform';
  counts: FeatureCounts;
  lambda: number;
  temperature: number;
  strategy: StrategyId;
  seed: number;
  count: number;
  /** Sandboxed verification of every answer (absent on batches launched before it existed). */
  /** `examples`: executed examples asked per verified problem (0 or absent: none; issue 15). */
  verify?: { enabled: boolean; attempts: number; examples?: number };
  /** What the batch's items are: sampled scenario combinations (absent: scenario) or Case2Code tasks. */
  kind?: BatchKind;
  /** Case2Code batches: the function of item i is functions[i]; `shown` pairs go in the statement. */
  case2code?: Case2CodeParams;
  /** Codebase batches (issue 16): the codebase, and the family of item i is codebase.plan[i]. */
  codebase?: CodebaseParams;
}

export type BatchKind = 'scenario' | 'case2code' | 'codebase';

/** The three task families of UCD-Training (lib/codebase/MODEL.md). */
export const CODE_FAMILIES = ['relation', 'compositional', 'utilization'] as const;
export type CodeFamily = (typeof CODE_FAMILIES)[number];

export interface CodebaseParams {
  /** The (:Codebase) key, "<name>@<version>". */
  key: string;
  /** Items per family, as launched. */
  families: Record<CodeFamily, number>;
  /** The family of each item, in item order (the families interleaved in a seeded order). */
  plan: CodeFamily[];
  /** Sampling controls of the utilization family's API sample, and of the chains. */
  temperature: number;
  complexity: number;
  /** Links of a compositional task's chain, 2–4. */
  chainLength: number;
}

export interface Case2CodeParams {
  /** (:Function) keys, in item order. */
  functions: string[];
  /** Input/output pairs shown in the task; the rest are held back to verify the answer. */
  shown: number;
  /** Inputs asked of the model per function. */
  inputs: number;
}

export interface BatchTokens {
  prompt: number;
  completion: number;
  total: number;
}

/** Who launched or cancelled a batch (from the request's actor; null on batches from before sign-in). */
export interface BatchActor {
  id: string;
  name: string;
}

export interface BatchSummary {
  id: string;
  name: string;
  status: BatchStatus;
  /** Why the batch is paused (e.g. the budget), or why it failed. */
  pauseReason: string | null;
  strategy: StrategyId;
  count: number;
  done: number;
  failed: number;
  /** Items at the LLM right now, as runners last reported them (about once a second). */
  inFlight: number;
  tokens: BatchTokens;
  maxTokens: number | null;
  createdAt: number;
  startedAt: number | null;
  finishedAt: number | null;
  /** Items finished per minute since the batch last started running; over the whole run once finished (null before any). */
  perMinute: number | null;
  /** Seconds to go at that rate (null when unknown or not running). */
  etaSeconds: number | null;
  launchedBy: BatchActor | null;
  cancelledBy: BatchActor | null;
}

export interface RunnerInfo {
  /** Unique per runner: role, host, pid and a random suffix (`app@vm:15890-3fa9c1`). */
  id: string;
  /** What started it: `app` (the web app's process), `synthesize` or `runner` (the CLIs), `bench`. */
  role: string;
  host: string;
  pid: number;
  concurrency: number;
  seenAt: number;
}

export interface BatchList {
  batches: BatchSummary[];
  /** Runners that reported within the last lease period. */
  runners: RunnerInfo[];
}

export interface FailureGroup {
  failureClass: ItemFailureClass;
  count: number;
  /** A few of the failed items, newest first. */
  examples: Array<{ index: number; message: string; attempts: number }>;
}

export interface CombinationFeature {
  id: string;
  type: FeatureType;
  key: string;
  name: string;
}

export interface ProblemSample {
  key: string;
  index: number;
  title: string;
  /** The statement's opening, for lists. */
  excerpt: string;
  scenarioName: string;
  coherence: number | null;
  flags: string[];
  features: CombinationFeature[];
  createdAt: number;
}

export interface CoherenceBin {
  from: number;
  to: number;
  count: number;
}

/**
 * Where one item of a batch stands: `done` (its problem is stored), `failed`, `running` (a runner holds a
 * live lease), `queued` (waiting for a runner, again after a requeue or an expired lease) or `not started`.
 */
export const ITEM_STATUSES = ['done', 'failed', 'running', 'queued', 'not started'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export interface BatchItem {
  index: number;
  status: ItemStatus;
  /** The problem's title and scenario, once it is stored. */
  title: string | null;
  scenarioName: string | null;
  /** The problem's review status (pending, approved, rejected), once it is stored. */
  review: string | null;
  failureClass: string | null;
  message: string | null;
}

/** One page of a batch's items, in index order (GET /api/batches/:id/items?from=&size=). */
export interface BatchItemsPage {
  batchId: string;
  /** Items of the batch: its count, whether claimed yet or not. */
  total: number;
  from: number;
  size: number;
  items: BatchItem[];
}

export interface BatchDetail extends BatchSummary {
  params: BatchParams;
  /** The Sampler URL query of the parameters ("open in Sampler"). */
  samplerQuery: string;
  models: Partial<Record<SynthesisTask, string>>;
  promptHashes: Partial<Record<StepName, string>>;
  failures: FailureGroup[];
  /** The newest problems. */
  samples: ProblemSample[];
  /** Coherence of the stored problems' combinations, in bins over [−1, 1]. */
  coherence: { bins: CoherenceBin[]; mean: number | null; count: number; withoutPairs: number };
  /** Items the llm strategy could not pick for, by reason (they used random). */
  fallbacks: number;
  /** Problems flagged by the feature check. */
  flagged: number;
  /** Runners working on this batch now (holding a live lease on one of its items), each once. */
  runners: RunnerInfo[];
  /** Runners alive at all, on any batch: none means a queued batch waits for one to start. */
  runnersAlive: number;
}

export interface ProblemView {
  key: string;
  batchId: string;
  batchName: string;
  index: number;
  title: string;
  statement: string;
  answerCode: string;
  answerExplanation: string;
  scenario: { key: string; name: string };
  features: CombinationFeature[];
  coherence: number | null;
  flags: string[];
  selection: string | null;
  models: Record<string, string>;
  promptHashes: Record<string, string>;
  tokens: BatchTokens;
  status: string;
  createdAt: number;
}

export interface PromptStep {
  step: StepName;
  messages: Array<{ role: 'system' | 'user' | 'assistant'; content: string }>;
  /** What the step depends on that a dry run cannot know (e.g. the problem step's reply). */
  note?: string;
}

export interface PromptPreviewItem {
  index: number;
  scenario: { key: string; name: string };
  features: CombinationFeature[];
  steps: PromptStep[];
}

export interface PromptPreview {
  items: PromptPreviewItem[];
  promptHashes: Partial<Record<StepName, string>>;
  /** The models that would be called, or what to configure. */
  models: Partial<Record<SynthesisTask, string>>;
  llm: { configured: boolean; message?: string };
}

export interface SavedPreset {
  name: string;
  query: string;
  savedAt: string;
  /** Shipped with the app; cannot be deleted. */
  builtin: boolean;
}
