import 'server-only';
import { type PreparedScenario } from '../sampling/combination';
import { FEATURE_TYPES } from '../sampling/complexity';
import { featurePairsOf, scoreItem, summarizeRun, type DrawnItem, type ScoredItem } from '../sampling/run';
import { pickWithLlm, type SelectionRecord } from './llm-select';
import type {
  CandidateChart,
  PreviewItem,
  PreviewResult,
  ScenarioOption,
  SweepResult,
} from '../sampling/sampler-types';
import { applyTemperature, logTemperatureGrid } from '../sampling/temperature';
import { candidateId, typeDistribution } from '../sampling/transitions';
import {
  TEMPERATURE_RANGE,
  type CandidatesQuery,
  type PreviewRequest,
  type SamplingRequest,
  type SweepRequest,
} from '../schemas/sampling';
import { DEFAULT_HOP_LIMIT } from '../graph/candidate-query';
import { allScenarios, currentGraphVersion, pairWeights, withGraphVersion } from '../graph/candidates';

import {
  candidatesOrInvalid,
  drawAll,
  invalidField,
  llmForStrategy,
  loadUsed,
  noticesOf,
  optionOf,
  prepareAll,
  resolveRun,
} from './run-setup';

export const MAX_LLM_PREVIEW = 20;
const LLM_PREVIEW_CONCURRENCY = 4;
const MAX_NOTICES = 20;

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
