import 'server-only';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { llmConfig } from '../llm/config';
import type { BatchContext } from './batch-context';
import { BatchWatch } from './batch-watch';
import { HeldItems } from './held-items';
import { ItemWriter } from './item-writer';
import { Leases, noDbTimes } from './leases';
import type { RunnerCore, RunnerEvent, RunnerOptions, RunnerStats } from './runner-core';
import { Scheduler } from './scheduler';
import { onBatchStatus, StatusBoard } from './status-board';
import { leasePeriodMs } from './store';

export type { RunnerEvent, RunnerOptions, RunnerRole, RunnerStats } from './runner-core';

/**
 * A runner's id: what started it, the host and pid, and a random suffix, so two runners of one process
 * (an app restarted in place, tests) never share a name: `app@vm:15890-3fa9c1`.
 */
export const runnerId = (role: string) => `${role}@${hostname()}:${process.pid}-${randomBytes(3).toString('hex')}`;

/** How often a runner reports its items at the LLM to the batch pages. */
const REPORT_MS = 1_000;
/** How often a runner reads its batches' statuses: a pause or cancel made in another process takes effect within this. */
const STATUS_MS = 250;

/**
 * A synthesis runner: leases items of running batches from Neo4j, runs each item's steps
 * (steps/index.ts) and stores its Problem. Any number of runners (processes, machines) may share one
 * database: leases expire, so a crashed runner's items go to another, and every write re-checks the
 * lease, so no item is stored twice. Writes are group-committed and a few items are leased ahead, so
 * the database stays off the LLM calls' path; batch statuses are read apart from the writes, so a
 * pause or cancel stops new items at once however many writes are queued.
 */
export class SynthesisRunner implements RunnerCore {
  readonly id: string;
  readonly stats: RunnerStats = {
    claimed: 0,
    done: 0,
    failed: 0,
    dropped: 0,
    db: noDbTimes(),
    writtenOps: 0,
    workingMs: 0,
  };
  readonly held = new HeldItems();
  readonly contexts = new Map<string, BatchContext>();
  readonly statuses = new StatusBoard();
  readonly leases: Leases;
  stopping = false;
  private readonly leaseMs: number;
  private readonly pollMs: number;
  private readonly watch = new BatchWatch(this);
  private readonly writer = new ItemWriter(this, (id, status, at) => this.watch.learn(id, status, at));
  private readonly scheduler = new Scheduler(this, this.writer);
  private readonly listeners = new Set<(event: RunnerEvent) => void>();
  private readonly timers: NodeJS.Timeout[] = [];
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private poked = false;
  private unsubscribe: (() => void) | undefined;

  constructor(readonly options: RunnerOptions = {}) {
    this.id = options.id ?? runnerId(options.role ?? 'runner');
    this.leaseMs = options.leaseMs ?? leasePeriodMs();
    this.pollMs = options.pollMs ?? Math.min(1_000, this.leaseMs / 4);
    this.leases = new Leases(this.id, options.role ?? 'runner', this.leaseMs, this.stats.db, (message) =>
      this.log(message),
    );
  }

  get concurrency(): number {
    if (this.options.concurrency) return this.options.concurrency;
    const settings = this.options.config ? { configured: true as const, config: this.options.config } : llmConfig();
    return settings.configured ? settings.config.concurrency : 1;
  }

  /** Items at the LLM or not yet written. */
  get busy(): number {
    return this.held.size - this.held.count('ready');
  }

  /** Listens to the runner's events (items starting, statuses learnt, loop rounds); returns how to stop. */
  on(listener: (event: RunnerEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: RunnerEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  log(message: string): void {
    this.options.log?.(`[runner ${this.id}] ${message}`);
  }

  start(): this {
    if (this.loop) return this;
    // Leases are renewed on their own timer, so a slow claim or a busy event loop cannot let them lapse.
    this.timers.push(
      setInterval(() => void this.watch.beat(), this.leaseMs / 3),
      setInterval(() => void this.watch.watch(), STATUS_MS),
      setInterval(() => void this.leases.report(this.held.working(), this.concurrency), REPORT_MS),
    );
    this.unsubscribe = onBatchStatus((id, status) => this.watch.learn(id, status, performance.now()));
    this.loop = this.watch.beat().then(() => this.run());
    return this;
  }

  /**
   * Stops claiming; in-flight items are aborted and their leases given back, finished ones written;
   * then the runner's heartbeat is removed, so no page lists it as working any longer.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
    this.unsubscribe?.();
    for (const key of this.held.keys()) this.held.abort(key, new Error('runner stopping'));
    await this.writer.settled();
    const left = this.held.keys();
    left.forEach((key) => this.held.delete(key));
    await this.leases.release(left);
    this.timers.forEach(clearInterval);
    await this.leases.forget();
  }

  /** Starts ready items, and asks the work loop for another round: now if it sleeps, else right after this one. */
  next(): void {
    this.scheduler.startReady();
    if (this.wake) this.wake();
    else this.poked = true;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      await this.scheduler.fill().catch((error: unknown) => this.log(`loop error: ${(error as Error).message}`));
      this.emit({ type: 'round' });
      if (this.stopping) break;
      // Work that ended while fill() was busy asks for another round at once.
      if (this.poked) {
        this.poked = false;
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.pollMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }
}
