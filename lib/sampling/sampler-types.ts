import type { FeatureCounts, FeatureType } from './complexity';
import type { RunSummary, ScoredPair } from './run';

/** Data transfer types of the Sampler API (shared by route handlers and the browser). */

export interface ScenarioOption {
  /** "Scenario:key". */
  id: string;
  key: string;
  name: string;
  docCount: number;
}

export interface CandidatePoint {
  id: string;
  name: string;
  docCount: number;
  /** f(s, v): documents shared with the scenario (0 when two steps away). */
  scenarioWeight: number;
  p1: number;
  p2: number;
  /** P(v|s) in the type at T = 1 (hop mix applied, renormalized). */
  p: number;
  /** P_T(v) at the requested temperature. */
  pT: number;
}

export interface CandidateChart {
  scenario: ScenarioOption;
  documents: number;
  truncated: boolean;
  hopLimit: number;
  lambda: number;
  temperature: number;
  types: Array<{ type: FeatureType; available: number; top: CandidatePoint[] }>;
}

export interface PreviewFeature {
  id: string;
  type: FeatureType;
  name: string;
  docCount: number;
  /** P_T of the feature within its type. */
  probability: number;
}

export interface PreviewItem {
  index: number;
  scenario: ScenarioOption;
  features: PreviewFeature[];
  /** Types with fewer candidates than requested (the item holds all there are). */
  short: FeatureType[];
  /** Mean NPMI over all pairs, scenario included; null without pairs. */
  coherence: number | null;
  /** Every pair of elements (0 = scenario, i = features[i − 1]) with its weight and NPMI. */
  pairs: ScoredPair[];
  /** The llm strategy only: whether the LLM picked, or why the item fell back to random. */
  selection?: { by: 'llm' | 'random'; reason: string };
}

export interface ScenarioNotice {
  scenario: ScenarioOption;
  short: Array<{ type: FeatureType; available: number; requested: number }>;
  truncated: boolean;
}

export interface PreviewResult {
  seed: number;
  counts: FeatureCounts;
  temperature: number;
  lambda: number;
  documents: number;
  items: PreviewItem[];
  summary: RunSummary;
  /** Scenarios used by the items that are short of candidates or whose hops were cut. */
  notices: ScenarioNotice[];
  /** Notices left out to keep the answer small. */
  moreNotices: number;
}

export interface SweepPoint {
  temperature: number;
  coherence: number | null;
  distinctRatio: number;
  entropy: number;
  coverage: number;
}

export interface SweepResult {
  counts: FeatureCounts;
  lambda: number;
  samplesPerPoint: number;
  points: SweepPoint[];
}
