import 'server-only';
import { ZodError } from 'zod';
import { prepareScenario, type PreparedScenario, type ScenarioCandidates } from '../sampling/combination';
import { FEATURE_TYPES, type FeatureCounts } from '../sampling/complexity';
import {
  drawItem,
  featurePairsOf,
  scenarioOfItem,
  scoreItem,
  shortNotices,
  summarizeRun,
  type DrawnItem,
  type ScenarioChoice,
  type ScoredItem,
} from '../sampling/run';
import { llmConfig } from '../llm/config';
import { pickWithLlm, type SelectionRecord } from './llm-select';
import type {
  CandidateChart,
  PreviewItem,
  PreviewResult,
  ScenarioNotice,
  ScenarioOption,
  SweepResult,
} from '../sampling/sampler-types';
import { scenarioChooser } from '../sampling/selection';
import { randomStrategy, strategyFor, type CombinationStrategy } from '../sampling/strategies';
import { applyTemperature, logTemperatureGrid } from '../sampling/temperature';
import type { Combination } from '../sampling/combination';
import { candidateId, typeDistribution } from '../sampling/transitions';
import {
  TEMPERATURE_RANGE,
  type CandidatesQuery,
  type PreviewRequest,
  type SamplingRequest,
  type SweepRequest,
} from '../schemas/sampling';
import { DEFAULT_HOP_LIMIT } from '../graph/candidate-query';
import {
  allScenarios,
  confirmGraphVersion,
  currentGraphVersion,
  pairWeights,
  scenarioCandidates,
  UnknownScenarioError,
  withGraphVersion,
  type ScenarioSummary,
} from '../graph/candidates';

const LOAD_CONCURRENCY = 4;
/** Most items one llm-strategy preview asks the LLM about (each is a call). */
export const MAX_LLM_PREVIEW = 20;
const LLM_PREVIEW_CONCURRENCY = 4;
const MAX_NOTICES = 20;

/** A 400 naming the field, the way a schema failure is answered. */
function invalidField(path: Array<string | number>, message: string): ZodError {
  return new ZodError([{ code: 'custom', path, message, input: undefined }]);
}

const optionOf = (s: { key: string; name: string; docCount: number }): ScenarioOption => ({
  id: `Scenario:${s.key}`,
  key: s.key,
  name: s.name,
  docCount: s.docCount,
});

export async function listScenarios(): Promise<ScenarioOption[]> {
  return (await allScenarios(await currentGraphVersion())).map(optionOf);
}

/** The distribution of each type for one scenario at (λ, T) beside T = 1: the top candidates by P. */
export async function candidateChart({ scenario, lambda, temperature, top }: CandidatesQuery): Promise<CandidateChart> {
  const source = await candidatesOrInvalid(scenario, await currentGraphVersion(), ['scenario']);
  return {
    scenario: optionOf(source.scenario),
    documents: source.documents,
    truncated: source.truncated,
    hopLimit: DEFAULT_HOP_LIMIT,
    lambda,
    temperature,
    types: FEATURE_TYPES.map((type) => {
      const { candidates, probabilities } = typeDistribution(source.candidates, type, lambda);
      const tempered = applyTemperature(probabilities, temperature);
      const order = candidates
        .map((_, i) => i)
        .sort((a, b) => probabilities[b]! - probabilities[a]! || (candidates[a]!.key < candidates[b]!.key ? -1 : 1));
      return {
        type,
        available: candidates.length,
        top: order.slice(0, top).map((i) => {
          const c = candidates[i]!;
          return {
            id: candidateId(c),
            name: c.name,
            docCount: c.docCount,
            scenarioWeight: c.scenarioWeight,
            p1: c.p1,
            p2: c.p2,
            p: probabilities[i]!,
            pT: tempered[i]!,
          };
        }),
      };
    }),
  };
}

async function candidatesOrInvalid(
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

interface Run {
  version: string;
  scenarios: ScenarioSummary[];
  choose: ScenarioChoice;
  strategy: CombinationStrategy;
}

/** The endpoint the llm strategy calls, or a 400 on `strategy` saying what to configure. */
function llmForStrategy() {
  const settings = llmConfig();
  if (!settings.configured)
    throw invalidField(['strategy'], `the llm strategy needs an LLM endpoint. ${settings.message}`);
  if (settings.config.models.select === undefined)
    throw invalidField(['strategy'], 'the llm strategy needs a model: set LLM_MODEL_SELECT or LLM_MODEL.');
  return settings.config;
}

async function resolveRun(request: SamplingRequest, version: string): Promise<Run> {
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
async function loadUsed(run: Run, seed: number, count: number): Promise<Map<number, ScenarioCandidates>> {
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

function drawAll(
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

function cachedPrepare(source: ScenarioCandidates, lambda: number, temperature: number): PreparedScenario {
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

function prepareAll(
  loaded: Map<number, ScenarioCandidates>,
  lambda: number,
  temperature: number,
): Map<number, PreparedScenario> {
  return new Map([...loaded].map(([index, source]) => [index, cachedPrepare(source, lambda, temperature)]));
}

function noticesOf(prepared: Map<number, PreparedScenario>, counts: FeatureCounts): ScenarioNotice[] {
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

function toPreviewItem(item: ScoredItem, prepared: PreparedScenario): PreviewItem {
  const { features, probabilities, short } = item.combination;
  return {
    index: item.index,
    scenario: optionOf(prepared.source.scenario),
    features: features.map((f, i) => ({
      id: candidateId(f),
      type: f.type,
      name: f.name,
      docCount: f.docCount,
      probability: probabilities[i]!,
    })),
    short,
    coherence: item.coherence,
    // Four decimals are plenty on screen and keep the answer small.
    pairs: item.pairs.map((p) => ({ ...p, npmi: Math.round(p.npmi * 1e4) / 1e4 })),
  };
}

/** N combinations for (seed, i), i < count, scored for coherence, with summary metrics and notices. */
export function previewCombinations(request: PreviewRequest): Promise<PreviewResult> {
  return withGraphVersion((version) => preview(request, version));
}

async function preview(request: PreviewRequest, version: string): Promise<PreviewResult> {
  if (request.strategy === 'llm') {
    llmForStrategy();
    if (request.count > MAX_LLM_PREVIEW)
      throw invalidField(['count'], `the llm strategy previews at most ${MAX_LLM_PREVIEW} items (each is an LLM call)`);
  }
  const run = await resolveRun(request, version);
  const loaded = await loadUsed(run, request.seed, request.count);
  const prepared = prepareAll(loaded, request.lambda, request.temperature);
  const random = drawAll(run, request, request.count, prepared);
  const { drawn, selections } =
    request.strategy === 'llm'
      ? await pickAllWithLlm(random, request, prepared)
      : { drawn: random, selections: undefined };
  const weight = await pairWeights(featurePairsOf(drawn), version);
  const scored = drawn.map((item) => scoreItem(item, prepared.get(item.scenario)!, weight));

  const notices = noticesOf(prepared, request.counts);
  const preparedList = [...prepared.values()];
  return {
    seed: request.seed,
    counts: request.counts,
    temperature: request.temperature,
    lambda: request.lambda,
    documents: preparedList[0]?.source.documents ?? 0,
    items: scored.map((item, i) => ({
      ...toPreviewItem(item, prepared.get(item.scenario)!),
      ...(selections ? { selection: selections[i] } : {}),
    })),
    summary: summarizeRun(scored, reindexed(scored, prepared), request.counts),
    notices: notices.slice(0, MAX_NOTICES),
    moreNotices: Math.max(0, notices.length - MAX_NOTICES),
  };
}

/** summarizeRun takes prepared scenarios by item scenario index: a sparse array of the loaded ones. */
function reindexed(items: readonly ScoredItem[], prepared: Map<number, PreparedScenario>): PreparedScenario[] {
  const list: PreparedScenario[] = [];
  for (const item of items) list[item.scenario] = prepared.get(item.scenario)!;
  return list;
}

/** Coherence and diversity against T on a log grid from 0.1 to 10, samplesPerPoint items per point. */
export function sweepTemperature(request: SweepRequest): Promise<SweepResult> {
  return withGraphVersion((version) => sweep(request, version));
}

async function sweep(request: SweepRequest, version: string): Promise<SweepResult> {
  const run = await resolveRun(request, version);
  const loaded = await loadUsed(run, request.seed, request.samplesPerPoint);
  const grid = logTemperatureGrid(TEMPERATURE_RANGE.min, TEMPERATURE_RANGE.max, request.points);
  // The same item seeds at every T (common random numbers) keep the curves smooth.
  const perPoint = grid.map((temperature) => {
    const prepared = prepareAll(loaded, request.lambda, temperature);
    return { temperature, prepared, drawn: drawAll(run, request, request.samplesPerPoint, prepared) };
  });
  const weight = await pairWeights(
    perPoint.flatMap((point) => featurePairsOf(point.drawn)),
    version,
  );
  return {
    counts: request.counts,
    lambda: request.lambda,
    samplesPerPoint: request.samplesPerPoint,
    points: perPoint.map(({ temperature, prepared, drawn }) => {
      const scored = drawn.map((item) => scoreItem(item, prepared.get(item.scenario)!, weight));
      const { coherence, distinctRatio, entropy, coverage } = summarizeRun(
        scored,
        reindexed(scored, prepared),
        request.counts,
      );
      return { temperature, coherence, distinctRatio, entropy, coverage };
    }),
  };
}

/** The llm strategy over drawn items: each random draw is what the item falls back to. */
async function pickAllWithLlm(
  items: DrawnItem[],
  request: SamplingRequest,
  prepared: Map<number, PreparedScenario>,
): Promise<{ drawn: DrawnItem[]; selections: SelectionRecord[] }> {
  const config = llmForStrategy();
  const drawn = [...items];
  const selections: SelectionRecord[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) {
      const item = items[i]!;
      const pick = await pickWithLlm(prepared.get(item.scenario)!, request.counts, item.combination, { config });
      drawn[i] = { ...item, combination: pick.combination };
      selections[i] = pick.selection;
    }
  };
  await Promise.all(Array.from({ length: Math.min(LLM_PREVIEW_CONCURRENCY, items.length) }, worker));
  return { drawn, selections };
}

/** One item of a batch: its scenario, its prepared candidates and its random draw. */
export interface BatchDraw {
  index: number;
  scenario: { key: string; name: string };
  prepared: PreparedScenario;
  /** The random strategy's combination (the llm strategy's fallback). */
  combination: Combination;
}

export interface BatchDrawer {
  version: string;
  draw(index: number): Promise<BatchDraw>;
  /** Coherence and pair weights of a combination; throws StaleGraphError if the graph changed. */
  score(draw: BatchDraw, combination: Combination): Promise<ScoredItem>;
  /** score() for many items with one weight lookup. */
  scoreMany(items: ReadonlyArray<{ draw: BatchDraw; combination: Combination }>): Promise<ScoredItem[]>;
}

/**
 * Draws batch items one at a time: item i from (seed, i) alone, loading each scenario's candidates
 * on first use. A batch over "all" scenarios touches only the scenarios its items pick.
 */
export async function batchDrawer(request: SamplingRequest & { temperature: number }): Promise<BatchDrawer> {
  const version = await currentGraphVersion();
  const run = await resolveRunForBatch(request, version);
  const loading = new Map<number, Promise<PreparedScenario>>();
  const preparedOf = (scenario: number) => {
    let pending = loading.get(scenario);
    if (!pending) {
      pending = candidatesOrInvalid(run.scenarios[scenario]!.key, version, ['scenarios']).then((source) =>
        cachedPrepare(source, request.lambda, request.temperature),
      );
      loading.set(scenario, pending);
      pending.catch(() => loading.delete(scenario));
    }
    return pending;
  };
  const drawer: BatchDrawer = {
    version,
    async draw(index) {
      const prepared = await preparedOf(scenarioOfItem(request.seed, index, run.choose));
      const item = drawItem(request.seed, index, run.choose, () => prepared, request.counts, randomStrategy);
      const { key, name } = prepared.source.scenario;
      return { index, scenario: { key, name }, prepared, combination: item.combination };
    },
    async score(draw, combination) {
      return (await drawer.scoreMany([{ draw, combination }]))[0]!;
    },
    async scoreMany(items) {
      const drawn: DrawnItem[] = items.map(({ draw, combination }) => ({
        index: draw.index,
        scenario: 0,
        combination,
      }));
      const weight = await pairWeights(featurePairsOf(drawn), version);
      return drawn.map((item, i) => scoreItem(item, items[i]!.draw.prepared, weight));
    },
  };
  return drawer;
}

// A batch checks its LLM when items run, not here: a batch may be launched before the endpoint is up.
function resolveRunForBatch(request: SamplingRequest, version: string): Promise<Run> {
  return resolveRun({ ...request, strategy: 'random' }, version);
}
