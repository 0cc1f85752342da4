// Stub-looking problems in exactly the shape of lib/synthesis/MODEL.md, on real elements of the graph,
// for tests and e2e seeding (pure: the caller reads candidates and writes with cypher/testing/review-*.cypher).

import { fixtureVerification } from './verification-fixture';

export const FEATURE_TYPES = ['Knowledge', 'DomainSkill', 'CodingSkill'] as const;
type FeatureType = (typeof FEATURE_TYPES)[number];

export interface NamedElement {
  type: string;
  key: string;
  name: string;
}

/** A scenario with its strongest neighbours per feature type (cypher/testing/review-candidates). */
export interface FixtureCandidate {
  scenario: { key: string; name: string };
  byType: Array<{ type: string; top: NamedElement[] }>;
}

export interface FixtureProblem {
  props: Record<string, string | number | boolean | string[] | null>;
  uses: Array<{ type: string; key: string; role: 'scenario' | 'feature'; position: number }>;
}

// Openings and details vary per item so unrelated fixture problems are not near duplicates of each other.
const OPENINGS = [
  'A small team maintains the tooling for',
  'You are on call for the data platform behind',
  'An analyst keeps exporting spreadsheets by hand for',
  'The nightly job that feeds the dashboard of',
  'A startup is rebuilding the reporting pipeline of',
  'Auditors asked for a reproducible check in',
  'A research group shares one messy script for',
  'The operations lead wants fewer manual steps in',
];
const DETAILS = [
  'Records arrive out of order and some carry missing fields that must be reported, not dropped.',
  'Timestamps come in mixed time zones and have to be normalized before anything is compared.',
  'Duplicate identifiers appear when an upstream retry resends a message twice within seconds.',
  'Some numeric columns are strings with thousands separators and stray currency symbols.',
  'The input can be large, so a single pass over it with bounded memory is expected.',
  'Categories are spelled inconsistently, with trailing spaces and different capitalisation.',
  'A few rows are test entries flagged by an "internal" marker and must be excluded.',
  'Results must be deterministic so that two runs on the same input give identical output.',
];
const NAMES = [
  'summarize_records',
  'clean_batch',
  'score_entries',
  'build_report',
  'detect_anomalies',
  'merge_sources',
  'rank_items',
  'validate_rows',
];

function pick<T>(list: readonly T[], i: number): T {
  return list[((i % list.length) + list.length) % list.length]!;
}

function featuresOf(candidate: FixtureCandidate, i: number): Array<NamedElement & { type: FeatureType }> {
  const out: Array<NamedElement & { type: FeatureType }> = [];
  for (const type of FEATURE_TYPES) {
    const top = candidate.byType.find((group) => group.type === type)?.top ?? [];
    if (top.length > 0) out.push({ ...pick(top, i), type });
  }
  return out;
}

/** The statement, answer and explanation a stub synthesis would write for one combination. */
export function stubTexts(
  scenario: string,
  features: readonly NamedElement[],
  i: number,
  seed = 0,
): { title: string; statement: string; answerCode: string; answerExplanation: string } {
  const fn = pick(NAMES, i + seed);
  const names = features.map((f) => f.name);
  const statement = [
    `${pick(OPENINGS, i + seed)} **${scenario}**. ${pick(DETAILS, i * 3 + 1 + seed)}`,
    '',
    `Write a Python function \`${fn}(records)\` that needs ${names.map((n) => `*${n}*`).join(', ')} to get right. ${pick(DETAILS, i * 5 + 2 + seed * 3)}`,
    '',
    '## Function signature',
    '',
    '```python',
    `def ${fn}(records: list[dict]) -> dict:`,
    '```',
    '',
    '## Constraints',
    '',
    ...names.map((n) => `- Apply ${n} explicitly (item ${i + 1}).`),
    `- Return a dict with the keys \`count\`, \`groups\` and \`issues\`.`,
  ].join('\n');
  const answerCode = [
    'from collections import defaultdict',
    '',
    '',
    `def ${fn}(records: list[dict]) -> dict:`,
    `    """Stub answer for item ${i + 1}: groups records and reports issues."""`,
    '    groups = defaultdict(list)',
    '    issues = []',
    '    for index, record in enumerate(records):',
    "        key = record.get('category')",
    '        if key is None:  # missing field: report it, do not drop silently',
    "            issues.append(f'row {index}: no category')",
    '            continue',
    `        groups[str(key).strip().lower()].append(record.get('value', 0) * ${(i % 7) + 1})`,
    "    return {'count': len(records), 'groups': dict(groups), 'issues': issues}",
  ].join('\n');
  return {
    title: `${scenario}: ${names[0] ?? 'records'} (${i + 1})`,
    statement,
    answerCode,
    answerExplanation: `The function walks the records once, normalizes the category key and collects problems instead of failing. (stub answer ${i + 1})`,
  };
}

/** A Batch node's properties as synthesis writes them (lib/synthesis/MODEL.md). */
export function fixtureBatch(
  batchId: string,
  count: number,
  now: number,
  options: {
    verify?: { enabled: boolean; attempts: number };
    counts?: { Knowledge: number; DomainSkill: number; CodingSkill: number };
    temperature?: number;
  } = {},
): Record<string, string | number | null> {
  const params = {
    ...(options.verify ? { verify: options.verify } : {}),
    selection: 'list',
    scenarios: [],
    weighting: 'docCount',
    counts: options.counts ?? { Knowledge: 1, DomainSkill: 1, CodingSkill: 1 },
    lambda: 0.25,
    temperature: options.temperature ?? 1,
    strategy: 'random',
    seed: 7,
    count,
  };
  return {
    id: batchId,
    name: `Fixture ${batchId}`,
    status: 'done',
    pauseReason: null,
    params: JSON.stringify(params),
    count,
    seed: 7,
    strategy: 'random',
    models: JSON.stringify({ synthesize: 'scogen-stub', answer: 'scogen-stub' }),
    promptHashes: JSON.stringify({ problem: 'stubproblemhash', answer: 'stubanswerhash' }),
    maxTokens: null,
    done: count,
    failed: 0,
    // Counters and fields the synthesis store adds (cypher/synthesis/create-batch.cypher), so the batch page reads it.
    nextIndex: count,
    fallbacks: 0,
    flagged: 0,
    doneAtRunStart: count,
    samplerQuery: 'select=all&c=C1',
    totalTokens: count * 900,
    promptTokens: count * 600,
    completionTokens: count * 300,
    createdAt: now,
    startedAt: now,
    finishedAt: now,
    updatedAt: now,
  };
}

/**
 * `count` pending problems of one batch over the candidates (scenario i mod n). With `nearCopyOf`, the
 * last problem's statement repeats that item's statement with one word changed: a planted near duplicate.
 * Texts vary with `textSeed` (by default derived from the batch id); equal seeds give equal texts per index.
 */
export function fixtureProblems(
  batchId: string,
  count: number,
  candidates: readonly FixtureCandidate[],
  now: number,
  options: { nearCopyOf?: number; textSeed?: number; verify?: { attempts: number } } = {},
): FixtureProblem[] {
  const seed = options.textSeed ?? [...batchId].reduce((sum, c) => sum + c.charCodeAt(0), 0);
  const problems: FixtureProblem[] = [];
  for (let i = 0; i < count; i += 1) {
    const candidate = pick(candidates, i);
    const features = featuresOf(candidate, Math.floor(i / candidates.length));
    const texts = stubTexts(candidate.scenario.name, features, i, seed);
    if (options.nearCopyOf !== undefined && i === count - 1) {
      const original = problems[options.nearCopyOf];
      if (original)
        texts.statement = String(original.props.statement).replace(
          'Write a Python function',
          'Write one Python function',
        );
    }
    problems.push({
      props: {
        key: `${batchId}/${i}`,
        batchId,
        index: i,
        scenarioKey: candidate.scenario.key,
        scenarioName: candidate.scenario.name,
        ...texts,
        coherence: Math.round((-0.3 + ((i * 0.37) % 1) * 0.9) * 1000) / 1000,
        features: JSON.stringify(
          features.map((f) => ({ id: `${f.type}:${f.key}`, type: f.type, key: f.key, name: f.name })),
        ),
        flags: [],
        selection: null,
        model: JSON.stringify({ synthesize: 'scogen-stub', answer: 'scogen-stub' }),
        promptHashes: JSON.stringify({ problem: 'stubproblemhash', answer: 'stubanswerhash' }),
        promptTokens: 600,
        completionTokens: 300,
        totalTokens: 900,
        createdAt: now + i,
        status: 'pending',
        version: 1,
        ...(options.verify
          ? fixtureVerification(i, texts.answerCode, { attempts: options.verify.attempts, now }).props
          : {}),
      },
      uses: [
        { type: 'Scenario', key: candidate.scenario.key, role: 'scenario', position: 0 },
        ...features.map((f, position) => ({ type: f.type, key: f.key, role: 'feature' as const, position })),
      ],
    });
  }
  return problems;
}
