import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { GET as candidatesRoute } from '@/app/api/sampler/candidates/route';
import { POST as previewRoute } from '@/app/api/sampler/preview/route';
import { POST as sweepRoute } from '@/app/api/sampler/sweep/route';
import type { ApiError } from '@/lib/api/respond';
import { closeDriver } from '@/lib/db/driver';
import { HubLists, queryNeighbourhood } from '@/lib/graph/candidate-query';
import { candidatesOf, currentGraphVersion, scenarioCandidates } from '@/lib/graph/candidates';
import { ingestFile } from '@/lib/graph/ingest-file';
import { loadSample, SAMPLE_EXTRACTIONS } from '@/lib/graph/sample-corpus';
import { npmi } from '@/lib/sampling/metrics';
import type { CandidateChart, PreviewResult, SweepResult } from '@/lib/sampling/sampler-types';
import { candidateId } from '@/lib/sampling/transitions';
import { callRoute as call, clearGraph, expectedFromJsonl, record, writeTempJsonl } from './helpers';

/** P1, P2, docCounts and N computed straight from the JSONL, sharing no code with the query. */
function independentModel(text: string) {
  const { weights, docCounts } = expectedFromJsonl(text);
  const documents = new Set(
    text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { docId: string }).docId),
  ).size;
  const adjacency = new Map<string, Map<string, number>>();
  for (const [pair, weight] of weights) {
    const [a, b] = pair.split(' | ') as [string, string];
    if (!adjacency.has(a)) adjacency.set(a, new Map());
    if (!adjacency.has(b)) adjacency.set(b, new Map());
    adjacency.get(a)!.set(b, weight);
    adjacency.get(b)!.set(a, weight);
  }
  const strength = (x: string) => [...(adjacency.get(x)?.values() ?? [])].reduce((sum, w) => sum + w, 0);
  const p1 = (v: string, s: string) => (adjacency.get(s)?.get(v) ?? 0) / strength(s);
  const probabilities = (s: string) => {
    const result = new Map<string, { p1: number; p2: number }>();
    const entry = (v: string) => result.get(v) ?? result.set(v, { p1: 0, p2: 0 }).get(v)!;
    for (const v of adjacency.get(s)!.keys()) entry(v).p1 = p1(v, s);
    for (const u of adjacency.get(s)!.keys()) {
      for (const v of adjacency.get(u)!.keys()) if (v !== s) entry(v).p2 += p1(u, s) * p1(v, u);
    }
    // Candidates are features: scenarios are intermediates only.
    for (const id of result.keys()) if (id.startsWith('Scenario:')) result.delete(id);
    return result;
  };
  const weight = (a: string, b: string) => adjacency.get(a)?.get(b) ?? 0;
  return { probabilities, docCounts, documents, weight };
}

const sampleText = readFileSync(SAMPLE_EXTRACTIONS, 'utf8');
const model = independentModel(sampleText);
const SCENARIOS = ['retail demand forecasting', 'credit card fraud detection', 'web server log analysis'];
const close = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) < 1e-12, `${what}: ${actual} ≠ ${expected}`);

after(closeDriver);

before(async () => {
  await clearGraph();
  await loadSample();
});

describe('candidate query', () => {
  for (const key of SCENARIOS) {
    it(`P1 and P2 of "${key}" equal the values computed from the JSONL`, async () => {
      const neighbourhood = await queryNeighbourhood(key, 1_000);
      assert.ok(neighbourhood, 'scenario found');
      assert.equal(neighbourhood.truncated, false);
      assert.equal(neighbourhood.documents, model.documents);
      assert.equal(neighbourhood.scenario.docCount, model.docCounts.get(`Scenario:${key}`));
      const expected = model.probabilities(`Scenario:${key}`);
      const candidates = candidatesOf(neighbourhood).candidates;
      assert.ok(expected.size > 0, 'the JSONL gives the scenario candidates');
      assert.deepEqual(candidates.map(candidateId).sort(), [...expected.keys()].sort());
      for (const c of candidates) {
        const e = expected.get(candidateId(c))!;
        close(c.p1, e.p1, `P1(${c.key})`);
        close(c.p2, e.p2, `P2(${c.key})`);
        assert.equal(c.docCount, model.docCounts.get(candidateId(c)));
        assert.equal(c.scenarioWeight, model.weight(`Scenario:${key}`, candidateId(c)));
      }
      const p1Total = candidates.reduce((s, c) => s + c.p1, 0);
      assert.ok(p1Total > 0.5 && p1Total <= 1 + 1e-12, 'P1 over features is a share of P1 over all neighbours');
    });
  }

  it('cuts each hop to its top K, says so, and P2 becomes a lower bound', async () => {
    const key = SCENARIOS[0]!;
    const cut = await queryNeighbourhood(key, 3);
    assert.equal(cut?.truncated, true);
    assert.equal(cut.via.length, 3);
    const expected = model.probabilities(`Scenario:${key}`);
    const kept = candidatesOf(cut).candidates;
    assert.ok(kept.length > 0, 'the cut keeps candidates');
    for (const c of kept) {
      const e = expected.get(candidateId(c))!;
      close(c.p1, e.p1, `P1(${c.key})`);
      assert.ok(c.p2 <= e.p2 + 1e-12, `P2(${c.key}) ${c.p2} > ${e.p2}`);
    }
  });

  it('reuses the cut lists of hub intermediates across scenarios with the same result', async () => {
    const hubs = { store: new HubLists(), version: 'test' };
    const fresh = await Promise.all(SCENARIOS.map((key) => queryNeighbourhood(key, 3)));
    for (const [i, key] of SCENARIOS.entries()) {
      const reused = await queryNeighbourhood(key, 3, hubs);
      assert.deepEqual(candidatesOf(reused!).candidates, candidatesOf(fresh[i]!).candidates, key);
      assert.equal(reused!.truncated, true);
    }
    assert.ok(hubs.store.of('test', 3).size > 0, 'hub lists were kept');
  });

  it('caches per scenario and sees an ingest at once', async () => {
    const key = SCENARIOS[2]!;
    const before = await scenarioCandidates(key, await currentGraphVersion());
    assert.equal(
      await scenarioCandidates(key, await currentGraphVersion()),
      before,
      'second call is served from the cache',
    );
    const fresh = 'Zz freshly ingested knowledge';
    await ingestFile(
      writeTempJsonl([record('sampling-new-1', { scenarios: ['Web server log analysis'], knowledge: [fresh] })]),
    );
    const after1 = await scenarioCandidates(key, await currentGraphVersion());
    assert.notEqual(after1, before);
    assert.ok(after1.candidates.some((c) => c.key === fresh.toLowerCase()));
    // A changed document with the same number of elements is a change too.
    await ingestFile(
      writeTempJsonl([
        record('sampling-new-1', { scenarios: ['Web server log analysis'], knowledge: ['Zz replaced knowledge'] }),
      ]),
    );
    const after2 = await scenarioCandidates(key, await currentGraphVersion());
    assert.ok(!after2.candidates.some((c) => c.key === fresh.toLowerCase()));
    assert.ok(after2.candidates.some((c) => c.key === 'zz replaced knowledge'));
  });

  it('a preview right after an ingest sees the new graph, though its caches were filled before', async () => {
    const request = { scenarios: [`Scenario:${SCENARIOS[1]}`], complexity: 'C1', seed: 3, count: 5 };
    assert.equal((await call<PreviewResult>(previewRoute, '/api/sampler/preview', request)).status, 200);
    await ingestFile(
      writeTempJsonl([
        record('sampling-new-2', {
          scenarios: ['Zz brand new scenario'],
          knowledge: ['Zz new knowledge'],
          codingSkills: ['Zz new coding skill'],
        }),
      ]),
    );
    const fresh = await call<PreviewResult>(previewRoute, '/api/sampler/preview', {
      ...request,
      scenarios: ['Scenario:zz brand new scenario'],
    });
    assert.equal(fresh.status, 200, JSON.stringify(fresh.body));
    assert.deepEqual(fresh.body.items[0]!.features.map((f) => f.id).sort(), [
      'CodingSkill:zz new coding skill',
      'Knowledge:zz new knowledge',
    ]);
    assert.equal(fresh.body.documents, model.documents + 2);
  });
});

describe('sampler API', () => {
  before(async () => {
    await clearGraph();
    await loadSample();
  });

  const body = {
    scenarios: SCENARIOS.map((k) => `Scenario:${k}`),
    complexity: 'C2',
    temperature: 1,
    lambda: 0.25,
    seed: 123,
    count: 50,
  };

  it('previews reproducible combinations with exact coherence', async () => {
    const first = await call<PreviewResult>(previewRoute, '/api/sampler/preview', body);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    const again = await call<PreviewResult>(previewRoute, '/api/sampler/preview', body);
    assert.deepEqual(again.body.items, first.body.items);
    const other = await call<PreviewResult>(previewRoute, '/api/sampler/preview', { ...body, seed: 124 });
    assert.notDeepEqual(other.body.items, first.body.items);
    assert.equal(first.body.items.length, 50);
    for (const item of first.body.items) {
      const ids = [item.scenario.id, ...item.features.map((f) => f.id)];
      assert.equal(new Set(ids).size, ids.length, 'no repeated feature');
      let sum = 0;
      let pairs = 0;
      for (let i = 0; i < ids.length; i += 1) {
        for (let j = i + 1; j < ids.length; j += 1) {
          sum += npmi(
            model.weight(ids[i]!, ids[j]!),
            model.docCounts.get(ids[i]!)!,
            model.docCounts.get(ids[j]!)!,
            first.body.documents,
          );
          pairs += 1;
        }
      }
      close(item.coherence!, sum / pairs, `coherence of item ${item.index}`);
    }
    const { summary } = first.body;
    assert.ok(summary.distinctRatio > 0 && summary.distinctRatio <= 1);
    assert.ok(summary.coverage > 0 && summary.coverage <= 1);
  });

  it('draws from all scenarios weighted by document count', async () => {
    const { status, body: result } = await call<PreviewResult>(previewRoute, '/api/sampler/preview', {
      selection: 'all',
      weighting: 'docCount',
      seed: 9,
      count: 200,
      complexity: 'C1',
    });
    assert.equal(status, 200);
    assert.ok(new Set(result.items.map((i) => i.scenario.id)).size > 10);
  });

  it('answers bad parameters with a 400 naming the field', async () => {
    const cases: Array<[unknown, string]> = [
      [{ ...body, temperature: 0 }, 'temperature'],
      [{ ...body, temperature: -1 }, 'temperature'],
      [JSON.stringify(body).replace('"temperature":1', '"temperature":NaN'), '(request)'],
      [{ ...body, temperature: null }, 'temperature'],
      [
        { ...body, complexity: undefined, counts: { Knowledge: -1, DomainSkill: 1, CodingSkill: 1 } },
        'counts.Knowledge',
      ],
      [{ ...body, count: 1001 }, 'count'],
      [{ ...body, scenarios: ['Scenario:no such scenario'] }, 'scenarios.0'],
      [{ ...body, scenarios: ['Knowledge:pandas'] }, 'scenarios.0'],
      [{ ...body, strategy: 'llm' }, 'strategy'],
    ];
    for (const [request, field] of cases) {
      const { status, body: error } = await call<ApiError>(previewRoute, '/api/sampler/preview', request);
      assert.equal(status, 400, `${JSON.stringify(request)} → ${status}`);
      assert.equal(error.field, field, error.error);
    }
    const llm = await call<ApiError>(previewRoute, '/api/sampler/preview', { ...body, strategy: 'llm' });
    assert.match(llm.body.error, /llm strategy needs an LLM endpoint. No LLM endpoint is configured. Set LLM_BASE_URL/);
    for (const [query, field] of [
      ['temperature=NaN', 'temperature'],
      ['temperature=0', 'temperature'],
      ['lambda=2', 'lambda'],
    ] as const) {
      const { status, body: error } = await call<ApiError>(
        candidatesRoute,
        `/api/sampler/candidates?scenario=${encodeURIComponent('Scenario:retail demand forecasting')}&${query}`,
      );
      assert.equal(status, 400);
      assert.equal(error.field, field);
    }
    const unknown = await call<ApiError>(
      candidatesRoute,
      `/api/sampler/candidates?scenario=${encodeURIComponent('Scenario:nope')}`,
    );
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.field, 'scenario');
  });

  it('charts the top candidates at T beside T = 1', async () => {
    const { status, body: chart } = await call<CandidateChart>(
      candidatesRoute,
      `/api/sampler/candidates?scenario=${encodeURIComponent('Scenario:retail demand forecasting')}&temperature=3&top=5`,
    );
    assert.equal(status, 200);
    assert.deepEqual(
      chart.types.map((t) => t.type),
      ['Knowledge', 'DomainSkill', 'CodingSkill'],
    );
    for (const { type, top, available } of chart.types) {
      assert.ok(available > 1, `${type}: the scenario has several candidates`);
      assert.equal(top.length, Math.min(5, available), type);
      for (let i = 1; i < top.length; i += 1) assert.ok(top[i - 1]!.p >= top[i]!.p);
      // Flattening: at T = 3 the head loses mass.
      assert.ok(top[0]!.pT <= top[0]!.p, type);
    }
  });

  it('sweeps T with at least 200 samples per point: high T trades coherence for diversity', async () => {
    const { status, body: sweep } = await call<SweepResult>(sweepRoute, '/api/sampler/sweep', {
      scenarios: body.scenarios,
      complexity: 'C3',
      seed: 5,
    });
    assert.equal(status, 200, JSON.stringify(sweep));
    assert.equal(sweep.samplesPerPoint, 200);
    assert.equal(sweep.points.length, 13);
    assert.equal(sweep.points[0]!.temperature, 0.1);
    assert.equal(sweep.points.at(-1)!.temperature, 10);
    const low = sweep.points[0]!;
    const high = sweep.points.at(-1)!;
    assert.ok(low.coherence! > high.coherence!, `coherence ${low.coherence} → ${high.coherence}`);
    assert.ok(high.distinctRatio >= low.distinctRatio && high.coverage > low.coverage && high.entropy > low.entropy);
    const small = await call<ApiError>(sweepRoute, '/api/sampler/sweep', {
      scenarios: body.scenarios,
      samplesPerPoint: 50,
    });
    assert.equal(small.body.field, 'samplesPerPoint');
  });
});
