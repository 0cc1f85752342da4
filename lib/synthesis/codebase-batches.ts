import 'server-only';
import { readQuery, type TransactionQuery } from '../db/driver';
import { ConflictError, NotFoundError } from '../domain/errors';
import { loadPrompt } from '../llm/prompts';
import { llmConfig, missingModelMessage } from '../llm/config';
import { sandboxStatus } from '../sandbox';
import type { CodebaseBatchRequest } from '../schemas/batch';
import { newBatchId } from './batches';
import { planFamilies } from './codebase-items';
import { tasksOf } from './steps';
import { createBatch } from './store';
import type { BatchActor, BatchParams, BatchSummary } from './types';

/**
 * Launches a codebase batch (issue 16, UCD-Training): `families` items of each task family over one stored
 * codebase, interleaved in an order drawn from the seed. Needs the codebase (`npm run codebase -- add`),
 * an LLM endpoint (it phrases the questions and writes the tasks) and, for compositional and utilization
 * items, the sandbox (their answers are run against the codebase).
 */
export async function launchCodebaseBatch(
  request: CodebaseBatchRequest,
  options: { launchedBy?: BatchActor; also?: (query: TransactionQuery, summary: BatchSummary) => Promise<void> } = {},
): Promise<BatchSummary> {
  const [codebase] = await readQuery('synthesis/codebase', { key: request.codebase });
  if (!codebase) {
    const known = (await launchableCodebases()).map((r) => r.key);
    throw new NotFoundError(
      `Codebase ${request.codebase} is not stored. ${
        known.length > 0 ? `Stored codebases: ${known.join(', ')}.` : 'None is stored yet:'
      } Add one with npm run codebase -- add <dir>.`,
    );
  }
  const { families } = request;
  if (families.compositional + families.utilization > 0) {
    const sandbox = sandboxStatus();
    if (!sandbox.available)
      throw new ConflictError(
        `compositional and utilization tasks are verified in the sandbox: ${sandbox.problem} Fix: ${sandbox.fix}.`,
      );
  }
  const settings = llmConfig();
  if (!settings.configured) throw new ConflictError(`a batch needs an LLM endpoint. ${settings.message}`);
  const plan = planFamilies(families, request.seed);
  const params: BatchParams = {
    kind: 'codebase',
    codebase: {
      key: codebase.key,
      families: { ...families },
      plan,
      temperature: request.temperature,
      complexity: request.complexity,
      chainLength: request.chainLength,
    },
    selection: 'all',
    scenarios: [],
    weighting: 'uniform',
    counts: { Knowledge: 0, DomainSkill: 0, CodingSkill: 0 },
    lambda: 0,
    temperature: request.temperature,
    strategy: 'random',
    seed: request.seed,
    count: plan.length,
    verify: { enabled: true, attempts: 1, examples: 0 },
  };
  const models: Record<string, string> = {};
  for (const task of tasksOf(params)) {
    const model = settings.config.models[task];
    if (model === undefined) throw new ConflictError(missingModelMessage(task));
    models[task] = model;
  }
  const mix = (['relation', 'compositional', 'utilization'] as const)
    .filter((f) => families[f] > 0)
    .map((f) => `${families[f]} ${f}`)
    .join(', ');
  return createBatch(
    {
      id: newBatchId(),
      name: request.name || `Codebase ${codebase.key} · ${mix}`,
      params: JSON.stringify(params),
      samplerQuery: '',
      count: plan.length,
      seed: request.seed,
      strategy: 'random',
      models: JSON.stringify(models),
      promptHashes: JSON.stringify({
        ...(families.relation > 0 ? { relation: loadPrompt('codebase-relation').hash } : {}),
        ...(families.compositional > 0 ? { compositional: loadPrompt('codebase-compositional').hash } : {}),
        ...(families.utilization > 0 ? { utilization: loadPrompt('codebase-utilization').hash } : {}),
      }),
      maxTokens: request.maxTokens,
      launchedById: options.launchedBy?.id ?? null,
      launchedByName: options.launchedBy?.name ?? null,
    },
    { also: options.also },
  );
}

/** A stored codebase, as the launch panel lists it. */
export interface LaunchableCodebase {
  key: string;
  name: string;
  version: string;
  modules: number;
  classes: number;
  functions: number;
}

/** The stored codebases, by name and version. */
export async function launchableCodebases(): Promise<LaunchableCodebase[]> {
  return (await readQuery('synthesis/codebases', {})).map((r) => ({ ...r }));
}
