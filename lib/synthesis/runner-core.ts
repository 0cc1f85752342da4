import type { StepName } from '../domain/steps';
import type { LlmConfig } from '../llm/config';
import type { BatchContext } from './batch-context';
import type { HeldItems } from './held-items';
import type { DbTimes, Leases } from './leases';
import type { StatusBoard } from './status-board';
import type { BatchStatus } from './types';

/** What started a runner: the app's server process, `npm run synthesize`, `npm run runner`, a bench. */
export type RunnerRole = 'app' | 'synthesize' | 'runner' | 'bench';

export interface RunnerOptions {
  id?: string;
  /** Part of the id, so the batch page tells the app's runner from a CLI's; default `runner`. */
  role?: RunnerRole;
  /** LLM work in flight at once; default the endpoint's LLM_CONCURRENCY. */
  concurrency?: number;
  leaseMs?: number;
  /** How often an idle runner looks for work. */
  pollMs?: number;
  /** Default: the environment's endpoint, read when an item starts. */
  config?: LlmConfig;
  /** Work on this batch only (the CLI). */
  onlyBatch?: string;
  /** Extra request headers per call (tests inject stub faults with them). */
  headersFor?: (item: { batchId: string; index: number; step: StepName }) => Record<string, string> | undefined;
  log?: (message: string) => void;
}

export interface RunnerStats {
  claimed: number;
  done: number;
  failed: number;
  /** Items whose result was not stored: the lease was lost or the batch cancelled. */
  dropped: number;
  db: DbTimes;
  /** Checkpoints, problems and failures written, over all group writes. */
  writtenOps: number;
  /** Milliseconds items spent at the LLM (all steps), summed over items. */
  workingMs: number;
}

/** What a runner tells its listeners (tests and benches observe it instead of sleeping). */
export type RunnerEvent =
  | { type: 'item-start'; batchId: string; index: number }
  /** The runner learnt that a batch's status changed (from a read, a write, or an action in this process). */
  | { type: 'status'; batchId: string; status: BatchStatus }
  /** The work loop finished a round: it started what it could and looked for more. */
  | { type: 'round' };

/** The state a runner's parts share: its leases, held items, batch contexts and statuses. */
export interface RunnerCore {
  readonly id: string;
  readonly options: RunnerOptions;
  readonly stats: RunnerStats;
  readonly held: HeldItems;
  readonly contexts: Map<string, BatchContext>;
  readonly statuses: StatusBoard;
  readonly leases: Leases;
  readonly concurrency: number;
  readonly stopping: boolean;
  emit(event: RunnerEvent): void;
  log(message: string): void;
  /** Something ended: start ready items and run the work loop again. */
  next(): void;
}
