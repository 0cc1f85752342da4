import 'server-only';
import { randomBytes } from 'node:crypto';
import { ZodError } from 'zod';
import { ConflictError } from '../domain/errors';
import { DEFAULT_ATTEMPTS } from '../domain/verification';
import { sandboxStatus } from '../sandbox';
import { batchDrawer } from '../sampler/batch-drawer';
import type { SynthesisTask } from '../domain/steps';
import { llmConfig, missingModelMessage, type LlmConfig } from '../llm/config';
import { presetOf } from '../sampling/complexity';
import { selectionMenu } from '../sampling/llm-selection';
import type { BatchRequest, PromptPreviewRequest } from '../schemas/batch';
import { answerRequest, problemRequest, promptHashes } from './requests';
import { selectionRequest } from '../sampler/llm-select';
import { tasksOf } from './steps';
import type { TransactionQuery } from '../db/driver';
import { createBatch } from './store';
import type { BatchActor, BatchParams, BatchSummary, CombinationFeature, PromptPreview, PromptStep } from './types';

function invalid(path: string[], message: string): ZodError {
  return new ZodError([{ code: 'custom', path, message, input: undefined }]);
}

/** The models a batch of this strategy would call; a missing one is a 400 naming what to set. */
function modelsFor(
  config: LlmConfig,
  params: Pick<BatchParams, 'strategy' | 'verify'>,
): Partial<Record<SynthesisTask, string>> {
  const models: Partial<Record<SynthesisTask, string>> = {};
  for (const task of tasksOf(params)) {
    const model = config.models[task];
    if (model === undefined) throw invalid(['strategy'], missingModelMessage(task));
    models[task] = model;
  }
  return models;
}

export function newBatchId(): string {
  const day = new Date().toISOString().slice(0, 10).replaceAll('-', '');
  return `b-${day}-${randomBytes(4).toString('hex')}`;
}

/**
 * Verification is on when asked for or, when the request leaves it out, whenever the sandbox can run
 * here. Asking for it on a machine without a sandbox is refused with what to fix.
 */
function verifyOf(request: BatchRequest['verify']): BatchParams['verify'] {
  const status = sandboxStatus();
  if (request.enabled === true && !status.available)
    throw new ConflictError(`verification needs the sandbox: ${status.problem} Fix: ${status.fix}.`);
  return { enabled: request.enabled ?? status.available, attempts: request.attempts, examples: request.examples };
}

function paramsOf(request: BatchRequest, verify: BatchParams['verify']): BatchParams {
  const { selection, scenarios, weighting, counts, lambda, temperature, strategy, seed, count } = request;
  return {
    verify,
    selection,
    scenarios: selection === 'list' ? scenarios : [],
    weighting,
    counts,
    lambda,
    temperature,
    strategy,
    seed,
    count,
  };
}

function defaultName(params: BatchParams, firstScenario: string | undefined): string {
  const where =
    params.selection === 'all'
      ? 'all scenarios'
      : params.scenarios.length === 1
        ? (firstScenario ?? params.scenarios[0]!)
        : `${params.scenarios.length} scenarios`;
  const complexity =
    presetOf(params.counts) ?? `${params.counts.Knowledge}/${params.counts.DomainSkill}/${params.counts.CodingSkill}`;
  return `${where} · ${complexity} · T=${params.temperature} · ${params.strategy} · n=${params.count}`;
}

/**
 * Stores a new batch after checking everything a runner will need: the scenarios exist and an LLM
 * endpoint with a model per task is configured. Runners pick it up from there. `launchedBy` is stored on
 * the batch; `also` runs in the transaction that creates it.
 */
export async function launchBatch(
  request: BatchRequest,
  options: {
    launchedBy?: BatchActor;
    also?: (query: TransactionQuery, summary: BatchSummary) => Promise<void>;
  } = {},
): Promise<BatchSummary> {
  const settings = llmConfig();
  if (!settings.configured) throw invalid(['strategy'], `a batch needs an LLM endpoint. ${settings.message}`);
  const params = paramsOf(request, verifyOf(request.verify));
  const models = modelsFor(settings.config, params);
  // Unknown scenarios are a 400 here, not a failed batch later.
  const drawer = await batchDrawer(params);
  const first = params.selection === 'list' ? (await drawer.draw(0)).scenario.name : undefined;
  return createBatch(
    {
      id: newBatchId(),
      name: request.name || defaultName(params, first),
      params: JSON.stringify(params),
      samplerQuery: request.samplerQuery,
      count: params.count,
      seed: params.seed,
      strategy: params.strategy,
      models: JSON.stringify(models),
      promptHashes: JSON.stringify(
        promptHashes(params.strategy === 'llm', params.verify?.enabled, (params.verify?.examples ?? 0) > 0),
      ),
      maxTokens: request.maxTokens,
      launchedById: options.launchedBy?.id ?? null,
      launchedByName: options.launchedBy?.name ?? null,
    },
    { also: options.also },
  );
}

/**
 * The dry run: the exact messages of the first items' calls, without calling any model. A step that
 * needs an earlier reply (the answer needs the problem; with the llm strategy, the problem needs the
 * pick) shows its fixed part and says what is filled in.
 */
export async function previewPrompts(request: PromptPreviewRequest): Promise<PromptPreview> {
  const params = paramsOf(
    {
      ...request,
      count: request.items,
      name: '',
      maxTokens: null,
      samplerQuery: '',
      verify: { attempts: DEFAULT_ATTEMPTS, examples: 0 },
    },
    { enabled: false, attempts: DEFAULT_ATTEMPTS, examples: 0 },
  );
  const drawer = await batchDrawer(params);
  const settings = llmConfig();
  const items = [];
  for (let index = 0; index < request.items; index += 1) {
    const draw = await drawer.draw(index);
    const features: CombinationFeature[] = draw.combination.features.map((f) => ({
      id: `${f.type}:${f.key}`,
      type: f.type,
      key: f.key,
      name: f.name,
    }));
    const steps: PromptStep[] = [];
    if (params.strategy === 'llm') {
      const menu = selectionMenu(draw.prepared, params.counts);
      steps.push({ step: 'select', messages: selectionRequest(menu).messages });
    }
    steps.push({
      step: 'problem',
      messages: problemRequest({ scenario: draw.scenario, features }).messages,
      ...(params.strategy === 'llm'
        ? {
            note: 'Shown with the random draw; the features become the LLM’s pick (or this draw if the pick is rejected).',
          }
        : {}),
    });
    const answer = answerRequest(
      '<title from the problem step>',
      '<statement from the problem step: its markdown, signature and constraints>',
    );
    steps.push({
      step: 'answer',
      messages: answer.messages,
      note: 'The user message is the problem step’s reply: its title and statement.',
    });
    items.push({ index, scenario: draw.scenario, features, steps });
  }
  const models: PromptPreview['models'] = {};
  if (settings.configured)
    for (const task of tasksOf(params)) if (settings.config.models[task]) models[task] = settings.config.models[task];
  return {
    items,
    promptHashes: promptHashes(params.strategy === 'llm'),
    models,
    llm: settings.configured ? { configured: true } : { configured: false, message: settings.message },
  };
}
