import 'server-only';
import { writeTransaction } from '../db/driver';
import type { StepName } from '../domain/steps';
import type { LlmUsage } from '../llm/usage';
import type { ProblemPart } from './steps/step';
import { parseJson } from './store';

/** What an item's writes store: the Item checkpoint, its Problem or its failure, and batch counters. */

export interface Tokens {
  prompt: number;
  completion: number;
  total: number;
}

export const noTokens = (): Tokens => ({ prompt: 0, completion: 0, total: 0 });

export function addUsage(into: Tokens, usage: LlmUsage | undefined): void {
  if (!usage) return;
  into.prompt += usage.promptTokens;
  into.completion += usage.completionTokens;
  into.total += usage.totalTokens;
}

/** What an item has finished so far, stored on the item as a checkpoint (and kept with a failure). */
export interface Draft {
  /** Outputs of the steps done, by step: a resumed item runs only the others. */
  outputs: Partial<Record<StepName, unknown>>;
  /** Models used, by task, and prompt hashes, by step. */
  models: Record<string, string>;
  promptHashes: Record<string, string>;
  /** Tokens of the item's calls so far (for the Problem). */
  tokens: Tokens;
  /** Tokens not yet added to the batch's counters. */
  uncounted: Tokens;
}

export const emptyDraft = (): Draft => ({
  outputs: {},
  models: {},
  promptHashes: {},
  tokens: noTokens(),
  uncounted: noTokens(),
});

/** A stored draft; one written before steps were modules holds the combination and the problem at its top level. */
export function parseDraft(json: string | null): Draft | null {
  const stored = parseJson<(Partial<Draft> & Record<string, unknown>) | null>(json, null);
  if (!stored) return null;
  if (stored.outputs) return { ...emptyDraft(), ...stored, outputs: stored.outputs };
  const { scenario, features, coherence, selection, problem } = stored;
  if (!scenario || !problem) return null;
  return { ...emptyDraft(), ...stored, outputs: { select: { scenario, features, coherence, selection }, problem } };
}

export type ItemWrite =
  | { kind: 'checkpoint'; key: string; draft: string }
  | {
      kind: 'finish';
      key: string;
      batchId: string;
      problem: Record<string, unknown>;
      uses: unknown[];
      tokens: Tokens;
      fallback: number;
      flagged: number;
    }
  | {
      kind: 'fail';
      key: string;
      batchId: string;
      failureClass: string;
      message: string;
      draft: string | null;
      tokens: Tokens;
    };

/** A batch's status after a write added to its counters; `before` tells who saw it become done. */
export interface BatchAfterWrite {
  id: string;
  status: string;
  before: string;
  totalTokens: number;
}

export function zeroCounters() {
  return { done: 0, failed: 0, prompt: 0, completion: 0, total: 0, fallbacks: 0, flagged: 0 };
}

/** The Problem record of a finished item (MODEL.md): what each step stores, its models, prompts and tokens. */
export function finishWrite(key: string, batchId: string, draft: Draft, parts: ProblemPart[]): ItemWrite {
  const problem: Record<string, unknown> = {};
  for (const part of parts) Object.assign(problem, part.fields);
  Object.assign(problem, {
    model: JSON.stringify(draft.models),
    promptHashes: JSON.stringify(draft.promptHashes),
    promptTokens: draft.tokens.prompt,
    completionTokens: draft.tokens.completion,
    totalTokens: draft.tokens.total,
  });
  const sum = (of: (part: ProblemPart) => number | undefined) => parts.reduce((n, part) => n + (of(part) ?? 0), 0);
  return {
    kind: 'finish',
    key,
    batchId,
    problem,
    uses: parts.flatMap((part) => part.uses ?? []),
    tokens: draft.uncounted,
    fallback: sum((p) => p.fallbacks),
    flagged: sum((p) => p.flagged),
  };
}

const ofKind = <K extends ItemWrite['kind']>(ops: ItemWrite[], kind: K) =>
  ops.filter((op): op is Extract<ItemWrite, { kind: K }> => op.kind === kind);

/**
 * One transaction for everything a runner finished since its last write: checkpoints, problems,
 * failures, then each touched batch's counters (only for items actually stored) and its status.
 * Returns the keys stored (the others lost their lease or their batch was cancelled).
 */
export async function writeItems(
  runner: string,
  ops: ItemWrite[],
): Promise<{ stored: Set<string>; batches: BatchAfterWrite[] }> {
  const checkpoints = ofKind(ops, 'checkpoint');
  const finishes = ofKind(ops, 'finish');
  const fails = ofKind(ops, 'fail');
  // The driver may run this again on a transient error: it only reads and writes through `query`.
  return writeTransaction(async (query) => {
    const stored = new Set<string>();
    const keep = (rows: Array<{ key: string }>) => rows.forEach((row) => stored.add(row.key));
    if (checkpoints.length > 0)
      keep(
        await query('synthesis/checkpoint', { runner, rows: checkpoints.map(({ key, draft }) => ({ key, draft })) }),
      );
    if (finishes.length > 0)
      keep(
        await query('synthesis/finish', {
          runner,
          rows: finishes.map(({ key, problem, uses }) => ({ key, problem, uses })),
        }),
      );
    if (fails.length > 0)
      keep(
        await query('synthesis/fail', {
          runner,
          rows: fails.map(({ key, failureClass, message, draft }) => ({ key, failureClass, message, draft })),
        }),
      );
    const counters = new Map<string, ReturnType<typeof zeroCounters>>();
    for (const op of [...finishes, ...fails]) {
      if (!stored.has(op.key)) continue;
      const c = counters.get(op.batchId) ?? zeroCounters();
      if (op.kind === 'finish') {
        c.done += 1;
        c.fallbacks += op.fallback;
        c.flagged += op.flagged;
      } else c.failed += 1;
      c.prompt += op.tokens.prompt;
      c.completion += op.tokens.completion;
      c.total += op.tokens.total;
      counters.set(op.batchId, c);
    }
    const produced = finishes.filter((op) => stored.has(op.key)).map((op) => op.key);
    if (produced.length > 0) await query('synthesis/produced', { keys: produced });
    const batches =
      counters.size > 0
        ? await query('synthesis/add-counters', { batches: [...counters].map(([id, c]) => ({ id, ...c })) })
        : [];
    return { stored, batches };
  });
}
