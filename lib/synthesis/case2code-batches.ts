import 'server-only';
import { readQuery, type TransactionQuery } from '../db/driver';
import { ConflictError } from '../domain/errors';
import { loadPrompt } from '../llm/prompts';
import { llmConfig, missingModelMessage } from '../llm/config';
import { sandboxStatus } from '../sandbox';
import type { Case2CodeBatchRequest } from '../schemas/batch';
import { mulberry32 } from '../sampling/prng';
import { newBatchId } from './batches';
import { tasksOf } from './steps';
import { createBatch } from './store';
import type { BatchActor, BatchParams, BatchSummary } from './types';

/** Fisher–Yates with the batch's seed: the item order is repeatable from (functions, seed). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Launches a Case2Code batch (issue 15): one item per eligible (:Function), in a seeded order. Needs the
 * sandbox (the pairs come from running the functions), an LLM endpoint (it writes the inputs) and at
 * least one eligible function (`npm run functions -- scan` finds them).
 */
export async function launchCase2CodeBatch(
  request: Case2CodeBatchRequest,
  options: { launchedBy?: BatchActor; also?: (query: TransactionQuery, summary: BatchSummary) => Promise<void> } = {},
): Promise<BatchSummary> {
  const sandbox = sandboxStatus();
  if (!sandbox.available)
    throw new ConflictError(`Case2Code runs the functions in the sandbox: ${sandbox.problem} Fix: ${sandbox.fix}.`);
  const settings = llmConfig();
  if (!settings.configured) throw new ConflictError(`a batch needs an LLM endpoint. ${settings.message}`);
  const keys = (await readQuery('synthesis/case2code-functions', { document: request.document ?? null })).map(
    (r) => r.key,
  );
  if (keys.length === 0)
    throw new ConflictError(
      request.document
        ? `Document ${request.document} has no eligible function: scan the documents (npm run functions -- scan) or pick another.`
        : 'No eligible function has been found in the documents yet: scan them first (npm run functions -- scan).',
    );
  const functions = shuffled(keys, request.seed).slice(0, request.count ?? keys.length);
  const params: BatchParams = {
    kind: 'case2code',
    case2code: { functions, shown: request.shown, inputs: request.inputs },
    selection: 'all',
    scenarios: [],
    weighting: 'uniform',
    counts: { Knowledge: 0, DomainSkill: 0, CodingSkill: 0 },
    lambda: 0,
    temperature: 1,
    strategy: 'random',
    seed: request.seed,
    count: functions.length,
    verify: { enabled: true, attempts: 1, examples: 0 },
  };
  const models: Record<string, string> = {};
  for (const task of tasksOf(params)) {
    const model = settings.config.models[task];
    if (model === undefined) throw new ConflictError(missingModelMessage(task));
    models[task] = model;
  }
  return createBatch(
    {
      id: newBatchId(),
      name:
        request.name ||
        `Case2Code · ${functions.length} functions${request.document ? ` of ${request.document}` : ''} · k=${request.shown}`,
      params: JSON.stringify(params),
      samplerQuery: '',
      count: functions.length,
      seed: request.seed,
      strategy: 'random',
      models: JSON.stringify(models),
      promptHashes: JSON.stringify({ problem: loadPrompt('case2code-inputs').hash }),
      maxTokens: request.maxTokens,
      launchedById: options.launchedBy?.id ?? null,
      launchedByName: options.launchedBy?.name ?? null,
    },
    { also: options.also },
  );
}
