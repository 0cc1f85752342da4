import 'server-only';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { writeQuery, readQuery } from '../db/driver';
import { DEFAULT_ATTEMPTS } from '../domain/verification';
import { requireLlmConfig } from '../llm/client';
import { llmConfig, type LlmConfig } from '../llm/config';
import { openSandbox, sandboxStatus } from '../sandbox';
import { byConstruction, verifyCodebaseAnswer } from './codebase-answer';
import { verificationFields, verifyProblem, VerificationAborted } from './verify-problem';

/** A problem a verifier leased, with what an attempt needs. */
export interface ClaimedProblem {
  key: string;
  title: string;
  statement: string;
  referenceCode: string;
  /** The batch's params JSON (its k), null for a problem whose batch is gone. */
  params: string | null;
  /** Codebase tasks (issue 16): verified again their own way (the stored tests against the codebase). */
  kind?: string | null;
  family?: string | null;
  codebaseKey?: string | null;
  tests?: string | null;
  relation?: string | null;
  codeSelection?: string | null;
}

/** A codebase task's verification again: the answer against its stored tests and the codebase, or by construction. */
async function verifyCodebaseTask(problem: ClaimedProblem, worker: string, signal: AbortSignal) {
  const codebase = problem.codebaseKey ?? '';
  if (problem.family === 'relation') {
    const subject = (JSON.parse(problem.codeSelection ?? '{}') as { subject?: { qualname?: string } }).subject;
    return byConstruction(
      codebase,
      `${problem.relation} of ${subject?.qualname ?? '?'}`,
      problem.referenceCode,
      worker,
    );
  }
  return verifyCodebaseAnswer(codebase, problem.referenceCode, problem.tests ?? '', { worker, signal });
}

export interface VerifierOptions {
  id?: string;
  /** Problems verified at once (each runs k attempts in the sandbox). */
  concurrency?: number;
  leaseMs?: number;
  /** Wait between claims when the queue is empty. */
  idleMs?: number;
  config?: LlmConfig;
  log?: (message: string) => void;
}

export interface VerifierStats {
  stored: number;
  failed: number;
  lost: number;
}

function attemptsOf(params: string | null): number {
  try {
    const parsed = params ? (JSON.parse(params) as { verify?: { attempts?: number } }) : {};
    return parsed.verify?.attempts ?? DEFAULT_ATTEMPTS;
  } catch {
    return DEFAULT_ATTEMPTS;
  }
}

/**
 * A verifier: works off the re-verification queue (problems with verifyState 'queued', lib/synthesis/MODEL.md)
 * under leases, like a synthesis runner works off items. Any number may share one database; a verifier
 * that dies loses only what it had not stored, and its leases expire for another to take over.
 */
export class Verifier {
  readonly id: string;
  readonly concurrency: number;
  readonly leaseMs: number;
  readonly stats: VerifierStats = { stored: 0, failed: 0, lost: 0 };
  private readonly held = new Map<string, AbortController>();
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(private readonly options: VerifierOptions = {}) {
    this.id = options.id ?? `verifier-${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
    this.concurrency = options.concurrency ?? 4;
    this.leaseMs = options.leaseMs ?? 60_000;
  }

  start(): this {
    if (this.running) return this;
    this.running = true;
    this.loop = this.work();
    return this;
  }

  /** Asks the verifier to look at the queue now (after "verify again"). */
  poke(): void {
    this.wake?.();
  }

  /** Stops claiming, cancels running attempts and gives their leases back. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    for (const controller of this.held.values()) controller.abort();
    await this.loop;
    const keys = [...this.held.keys()];
    this.held.clear();
    if (keys.length > 0) await writeQuery('verification/release', { keys, worker: this.id });
  }

  get busy(): number {
    return this.held.size;
  }

  private log(message: string): void {
    this.options.log?.(`[verifier ${this.id}] ${message}`);
  }

  private async work(): Promise<void> {
    const tasks = new Set<Promise<void>>();
    let lastRenew = Date.now();
    let warned = false;
    while (this.running) {
      if (!sandboxStatus().available) {
        if (!warned) this.log(`not verifying: ${sandboxStatus().problem} Fix: ${sandboxStatus().fix}.`);
        warned = true;
        await this.idle(this.options.idleMs ?? 5_000);
        continue;
      }
      const llm = this.options.config ? null : llmConfig();
      if (llm && !llm.configured) {
        if (!warned) this.log(`not verifying: ${llm.message}`);
        warned = true;
        await this.idle(this.options.idleMs ?? 5_000);
        continue;
      }
      try {
        if (Date.now() - lastRenew > this.leaseMs / 3 && this.held.size > 0) {
          lastRenew = Date.now();
          await this.renew();
        }
        const room = this.concurrency - this.held.size;
        const claimed =
          room > 0
            ? await writeQuery('verification/claim', { limit: room, worker: this.id, leaseMs: this.leaseMs })
            : [];
        for (const problem of claimed) {
          const task = this.verify(problem).finally(() => {
            tasks.delete(task);
            this.wake?.();
          });
          tasks.add(task);
        }
        if (claimed.length === 0 || this.held.size >= this.concurrency)
          await this.idle(claimed.length === 0 ? (this.options.idleMs ?? 1_000) : this.leaseMs / 3);
      } catch (error) {
        this.log(`queue error, retrying: ${(error as Error).message}`);
        await this.idle(1_000);
      }
    }
    await Promise.allSettled([...tasks]);
  }

  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  private async renew(): Promise<void> {
    const keys = [...this.held.keys()];
    const kept = new Set(
      (await writeQuery('verification/renew', { keys, worker: this.id, leaseMs: this.leaseMs })).map((r) => r.key),
    );
    for (const key of keys)
      if (!kept.has(key)) {
        this.held.get(key)?.abort();
        this.stats.lost += 1;
      }
  }

  private async verify(problem: ClaimedProblem): Promise<void> {
    const controller = new AbortController();
    this.held.set(problem.key, controller);
    try {
      const { verification } =
        problem.kind === 'codebase'
          ? { verification: await verifyCodebaseTask(problem, this.id, controller.signal) }
          : await verifyProblem(problem, {
              attempts: attemptsOf(problem.params),
              sandbox: openSandbox(),
              config: this.options.config ?? requireLlmConfig(),
              signal: controller.signal,
              headersFor: (attempt) => ({ 'x-scogen-item': `${problem.key}/verify/${attempt}` }),
              worker: this.id,
            });
      const fields = verificationFields(verification, problem.referenceCode);
      const rows = await writeQuery('verification/store', { key: problem.key, worker: this.id, fields });
      if (rows.length === 1) this.stats.stored += 1;
      else this.stats.lost += 1;
      this.held.delete(problem.key);
    } catch (error) {
      if (!(error instanceof VerificationAborted) && !controller.signal.aborted) {
        // The lease runs out and the problem is tried again (an LLM failure, say); say why here.
        this.stats.failed += 1;
        this.log(`${problem.key}: ${(error as Error).message}`);
        this.held.delete(problem.key);
      }
    }
  }
}

/** Queues every problem of a batch for verification; returns how many were queued. */
export async function queueBatch(batchId: string, by: string): Promise<number> {
  const [row] = await writeQuery('verification/queue-batch', { batchId, by });
  return row?.queued ?? 0;
}

export async function queueSize(): Promise<{ queued: number; leased: number }> {
  const [row] = await readQuery('verification/queue-size');
  return { queued: row?.queued ?? 0, leased: row?.leased ?? 0 };
}
