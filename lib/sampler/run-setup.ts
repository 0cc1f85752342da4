import 'server-only';
import { ZodError } from 'zod';
import { prepareScenario, type PreparedScenario, type ScenarioCandidates } from '../sampling/combination';
import { type FeatureCounts } from '../sampling/complexity';
import { drawItem, scenarioOfItem, shortNotices, type DrawnItem, type ScenarioChoice } from '../sampling/run';
import { llmConfig } from '../llm/config';
import type { ScenarioNotice, ScenarioOption } from '../sampling/sampler-types';
import { scenarioChooser } from '../sampling/selection';
import { strategyFor, type CombinationStrategy } from '../sampling/strategies';
import { type SamplingRequest } from '../schemas/sampling';
import {
  allScenarios,
  confirmGraphVersion,
  scenarioCandidates,
  UnknownScenarioError,
  type ScenarioSummary,
} from '../graph/candidates';

// What a preview, a sweep and a batch share: the run resolved from a request, candidates loaded, prepared and drawn.

const LOAD_CONCURRENCY = 4;
/** Most items one llm-strategy preview asks the LLM about (each is a call). */

export const optionOf = (s: { key: string; name: string; docCount: number }): ScenarioOption => ({
  id: `Scenario:${s.key}`,
  key: s.key,
  name: s.name,
  docCount: s.docCount,
});

/** A 400 naming the field, the way a schema failure is answered. */
export function invalidField(path: Array<string | number>, message: string): ZodError {
  return new ZodError([{ code: 'custom', path, message, input: undefined }]);
}

export async function candidatesOrInvalid(
  key: string,
  version: string,
  path: Array<string | number>,
): Promise<ScenarioCandidates> {
  try {
    return await scenarioCandidates(key, version);
  } catch (error) {
    if (!(error instanceof UnknownScenarioError)) throw error;
    await confirmGraphVersion(version);
    throw invalidField(path, `unknown scenario ${JSON.stringify(key)}`);
  }
}

export interface Run {
  version: string;
  scenarios: ScenarioSummary[];
  choose: ScenarioChoice;
  strategy: CombinationStrategy;
}

/** The endpoint the llm strategy calls, or a 400 on `strategy` saying what to configure. */
export function llmForStrategy() {
  const settings = llmConfig();
  if (!settings.configured)
    throw invalidField(['strategy'], `the llm strategy needs an LLM endpoint. ${settings.message}`);
  if (settings.config.models.select === undefined)
    throw invalidField(['strategy'], 'the llm strategy needs a model: set LLM_MODEL_SELECT or LLM_MODEL.');
  return settings.config;
}

export async function resolveRun(request: SamplingRequest, version: string): Promise<Run> {
  const strategy = strategyFor(request.strategy);
  if (!strategy) throw invalidField(['strategy'], `strategy ${request.strategy} is not available`);
  if (request.strategy === 'llm') llmForStrategy();
  const everything = await allScenarios(version);
  let scenarios: ScenarioSummary[];
  if (request.selection === 'all') {
    if (everything.length === 0) {
      await confirmGraphVersion(version);
      throw invalidField(['selection'], 'the graph has no scenarios yet');
    }
    scenarios = everything;
  } else {
    const byKey = new Map(everything.map((s) => [s.key, s]));
    const keys = [...new Set(request.scenarios)];
    const unknown = keys.find((key) => !byKey.has(key));
    if (unknown !== undefined) {
      await confirmGraphVersion(version);
      throw invalidField(
        ['scenarios', request.scenarios.indexOf(unknown)],
        `unknown scenario ${JSON.stringify(unknown)}`,
      );
    }
    scenarios = keys.map((key) => byKey.get(key)!);
  }
  return { version, scenarios, choose: scenarioChooser(scenarios, request.weighting), strategy };
}

/** Candidates of the scenarios the first `count` items use, a few queries at a time. */
export async function loadUsed(run: Run, seed: number, count: number): Promise<Map<number, ScenarioCandidates>> {
  const used = new Set<number>();
  for (let i = 0; i < count; i += 1) used.add(scenarioOfItem(seed, i, run.choose));
  const queue = [...used];
  const loaded = new Map<number, ScenarioCandidates>();
  await Promise.all(
    Array.from({ length: Math.min(LOAD_CONCURRENCY, queue.length) }, async () => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        loaded.set(next, await candidatesOrInvalid(run.scenarios[next]!.key, run.version, ['scenarios']));
      }
    }),
  );
  return loaded;
}

export function drawAll(
  run: Run,
  request: SamplingRequest,
  count: number,
  prepared: Map<number, PreparedScenario>,
): DrawnItem[] {
  const preparedFor = (scenario: number) => prepared.get(scenario)!;
  return Array.from({ length: count }, (_, i) =>
    drawItem(request.seed, i, run.choose, preparedFor, request.counts, run.strategy),
  );
}

// Prepared samplers per cached candidate set and (λ, T): a new seed at the same settings reuses them.
const preparedCache = new WeakMap<ScenarioCandidates, Map<string, PreparedScenario>>();
const PREPARED_PER_SCENARIO = 16;

export function cachedPrepare(source: ScenarioCandidates, lambda: number, temperature: number): PreparedScenario {
  let bySettings = preparedCache.get(source);
  if (!bySettings) preparedCache.set(source, (bySettings = new Map()));
  const key = `${lambda}/${temperature}`;
  let entry = bySettings.get(key);
  if (!entry) {
    entry = prepareScenario(source, lambda, temperature);
    if (bySettings.size >= PREPARED_PER_SCENARIO) bySettings.delete(bySettings.keys().next().value!);
    bySettings.set(key, entry);
  }
  return entry;
}

export function prepareAll(
  loaded: Map<number, ScenarioCandidates>,
  lambda: number,
  temperature: number,
): Map<number, PreparedScenario> {
  return new Map([...loaded].map(([index, source]) => [index, cachedPrepare(source, lambda, temperature)]));
}

export function noticesOf(prepared: Map<number, PreparedScenario>, counts: FeatureCounts): ScenarioNotice[] {
  const notices: ScenarioNotice[] = [];
  for (const scenario of prepared.values()) {
    const short = shortNotices([scenario], counts).map(({ type, available, requested }) => ({
      type,
      available,
      requested,
    }));
    if (short.length > 0 || scenario.source.truncated)
      notices.push({ scenario: optionOf(scenario.source.scenario), short, truncated: scenario.source.truncated });
  }
  return notices.sort((a, b) => b.short.length - a.short.length || b.scenario.docCount - a.scenario.docCount);
}
