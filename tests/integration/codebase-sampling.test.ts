import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { GET as candidatesRoute } from '@/app/api/codebases/[key]/sample/candidates/route';
import { GET as chainRoute } from '@/app/api/codebases/[key]/sample/chain/route';
import { GET as previewRoute } from '@/app/api/codebases/[key]/sample/preview/route';
import { GET as startsRoute } from '@/app/api/codebases/[key]/sample/starts/route';
import { addCodebase } from '@/lib/codebase';
import type { CodeCandidateChart, CodePreview } from '@/lib/codebase/sampling-math';
import {
  codeCandidates,
  codeStarts,
  previewCodeSamples,
  sampleCodeApis,
  sampleCodeChain,
  type CodeChain,
} from '@/lib/codebase/sampling';
import { closeDriver, getDriver } from '@/lib/db/driver';
import { chiSquarePValue, chiSquareStatistic } from '@/lib/sampling/chi-square';
import { itemSeed } from '@/lib/sampling/prng';
import { closeSandbox, sandboxStatus } from '@/lib/sandbox';
import { assertTestDatabase, clearGraph } from './helpers';

// The fixture: a four-module shop whose type links are written to make chains of every length 2–4.
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/codebase/sampling');
let K = '';
const key = (qualname: string) => `${K}:shop.${qualname}`;

before(async () => {
  assertTestDatabase();
  assert.ok(sandboxStatus().available, `the sandbox must run for these tests: ${sandboxStatus().problem}`);
  await clearGraph();
  const summary = await addCodebase({ dir: FIXTURE, name: 'shop' });
  assert.deepEqual(summary.failed, []);
  K = summary.key;
  assert.equal(K, 'shop@1.0.0');
});
after(async () => {
  await closeSandbox();
  await closeDriver();
});

/** Pearson's χ² of observed counts against n·P, cells with n·P < 5 pooled (as lib/sampling's tests do). */
function goodnessOfFit(observed: readonly number[], probabilities: readonly number[], n: number): number {
  const obs: number[] = [];
  const exp: number[] = [];
  let pooledObs = 0;
  let pooledExp = 0;
  probabilities.forEach((p, i) => {
    if (p * n >= 5) {
      obs.push(observed[i]!);
      exp.push(p * n);
    } else {
      pooledObs += observed[i]!;
      pooledExp += p * n;
    }
  });
  if (pooledExp > 0 || pooledObs > 0) {
    obs.push(pooledObs);
    exp.push(pooledExp);
  }
  assert.ok(exp.length >= 3, `too few cells (${exp.length}) for a meaningful test`);
  return chiSquarePValue(chiSquareStatistic(obs, exp), exp.length - 1);
}

/** P_T written out: P^(1/T) / Σ P^(1/T), sharing no code with lib/sampling. */
const tempered = (p: readonly number[], t: number) => {
  const powered = p.map((x) => Math.pow(x, 1 / t));
  const total = powered.reduce((a, b) => a + b, 0);
  return powered.map((x) => x / total);
};

async function read(query: string, params: Record<string, unknown>) {
  const result = await getDriver().executeQuery(query, params);
  return result.records.map((r) => r.toObject());
}

describe('candidate APIs of a code sample', () => {
  it('weighs each candidate by calls, shared module, type links and hops, as README documents', async () => {
    const candidates = await codeCandidates(getDriver(), K, key('io.load_cart'));
    const by = new Map(candidates.map((c) => [c.qualname, c]));
    // load_cart calls parse_item once; same module; 1 hop.
    assert.deepEqual(by.get('shop.io.parse_item')!.via, { calls: 1, sharedModule: true, typeLinks: 0, hops: 1 });
    assert.equal(by.get('shop.io.parse_item')!.weight, 1 * (1 + Math.log(2) + 0 + 1));
    // checkout accepts the Cart load_cart returns: a shared class, 2 hops (load_cart → Cart ← checkout).
    assert.deepEqual(by.get('shop.io.checkout')!.via, { calls: 0, sharedModule: true, typeLinks: 1, hops: 2 });
    assert.equal(by.get('shop.io.checkout')!.weight, 0.5 * (1 + 0 + 1 + 1));
    // The class Cart: load_cart returns it (1 hop, its own type) and calls Cart() and cart.put (2 call sites).
    assert.deepEqual(by.get('shop.models.Cart')!.via, { calls: 2, sharedModule: false, typeLinks: 1, hops: 1 });
    // Same module, no path within 2 hops: a quarter.
    assert.deepEqual(by.get('shop.io.print_receipt')!.via, { calls: 0, sharedModule: true, typeLinks: 0, hops: 0 });
    assert.equal(by.get('shop.io.print_receipt')!.weight, 0.25 * 2);
    // Nothing from pricing: three hops or more away, another module.
    assert.ok(![...by.keys()].some((q) => q.startsWith('shop.pricing.')));
    assert.ok(!by.has('shop.io.load_cart'), 'the start is not its own candidate');
  });

  it('INHERITS is a type link: a subclass and its base share both classes', async () => {
    const candidates = await codeCandidates(getDriver(), K, key('pricing.HolidayDiscount'));
    const base = candidates.find((c) => c.qualname === 'shop.pricing.Discount')!;
    assert.deepEqual(base.via, { calls: 0, sharedModule: true, typeLinks: 2, hops: 1 });
  });

  it('P is weight / Σ weight, and the candidate set is every class and function within 2 hops or in the module (independent Cypher)', async () => {
    const start = key('models.Cart');
    const candidates = await codeCandidates(getDriver(), K, start);
    const total = candidates.reduce((s, c) => s + c.weight, 0);
    for (const c of candidates) assert.ok(Math.abs(c.p - c.weight / total) < 1e-12 && c.pT === c.p);
    const rows = await read(
      `MATCH (s {key: $start})
       MATCH (v:CodeClass|CodeFunction {codebase: s.codebase}) WHERE v <> s
       WITH s, v WHERE v.module = s.module
         OR EXISTS { (s)-[:CALLS|ACCEPTS|RETURNS|INHERITS|CONTAINS]-(v) }
         OR EXISTS { (s)-[:CALLS|ACCEPTS|RETURNS|INHERITS|CONTAINS]-(:CodeClass|CodeFunction)-[:CALLS|ACCEPTS|RETURNS|INHERITS|CONTAINS]-(v) }
       RETURN collect(v.key) AS keys`,
      { start },
    );
    assert.deepEqual(candidates.map((c) => c.key).sort(), [...(rows[0]!.keys as string[])].sort());
  });

  it('a start outside the codebase is a 404 through the route; the candidates route answers P and P_T', async () => {
    const params = { params: Promise.resolve({ key: K }) };
    const missing = await candidatesRoute(
      new Request(`http://localhost/api/codebases/${K}/sample/candidates?start=${K}:nope`),
      params,
    );
    assert.equal(missing.status, 404);
    const response = await candidatesRoute(
      new Request(
        `http://localhost/api/codebases/${K}/sample/candidates?start=${encodeURIComponent(key('io.load_cart'))}&temperature=0.5`,
      ),
      params,
    );
    assert.equal(response.status, 200);
    const chart = (await response.json()) as CodeCandidateChart;
    assert.equal(chart.start.qualname, 'shop.io.load_cart');
    const expected = tempered(
      chart.candidates.map((c) => c.p),
      0.5,
    );
    chart.candidates.forEach((c, i) => assert.ok(Math.abs(c.pT - expected[i]!) < 1e-12));
    for (let i = 1; i < chart.candidates.length; i += 1)
      assert.ok(chart.candidates[i - 1]!.p >= chart.candidates[i]!.p, 'most likely first');
  });

  it('the starts route filters by qualname for the type-ahead', async () => {
    const response = await startsRoute(
      new Request(`http://localhost/api/codebases/${K}/sample/starts?q=cart&limit=50`),
      {
        params: Promise.resolve({ key: K }),
      },
    );
    const body = (await response.json()) as { total: number; starts: Array<{ qualname: string }> };
    const all = await codeStarts(getDriver(), K);
    const expected = all.filter((a) => a.qualname.toLowerCase().includes('cart'));
    assert.equal(body.total, expected.length);
    assert.deepEqual(body.starts.map((s) => s.qualname).sort(), expected.map((a) => a.qualname).sort());
    // Names that start with the text first: Cart before load_cart.
    assert.equal(body.starts[0]!.qualname, 'shop.models.Cart');
  });
});

describe('draws at temperature T', () => {
  const N = 20_000;
  for (const temperature of [0.5, 1, 3]) {
    it(`the first API of ${N.toLocaleString('en-US')} samples follows the analytic P_T at T = ${temperature} (χ², p > 0.001)`, async () => {
      const start = key('models.Cart');
      const candidates = await codeCandidates(getDriver(), K, start);
      const expected = tempered(
        candidates.map((c) => c.p),
        temperature,
      );
      const preview = await previewCodeSamples(getDriver(), {
        codebase: K,
        start,
        temperature,
        complexity: 3,
        seed: 11,
        count: N,
      });
      const index = new Map(candidates.map((c, i) => [c.key, i]));
      const firsts = new Array<number>(candidates.length).fill(0);
      for (const item of preview.items) {
        assert.equal(new Set(item.apis.map((a) => a.key)).size, 3, 'without replacement');
        firsts[index.get(item.apis[0]!.key)!]! += 1;
      }
      const pValue = goodnessOfFit(firsts, expected, N);
      assert.ok(pValue > 0.001, `χ² p = ${pValue}`);
    });
  }

  it('one API per sample: its frequencies match P_T at T = 0.3 over every candidate (χ², p > 0.001)', async () => {
    const start = key('io.load_cart');
    const candidates = await codeCandidates(getDriver(), K, start);
    const preview = await previewCodeSamples(getDriver(), {
      codebase: K,
      start,
      temperature: 0.3,
      complexity: 1,
      seed: 5,
      count: N,
    });
    const counts = candidates.map((c) => preview.items.filter((item) => item.apis[0]!.key === c.key).length);
    const pValue = goodnessOfFit(
      counts,
      tempered(
        candidates.map((c) => c.p),
        0.3,
      ),
      N,
    );
    assert.ok(pValue > 0.001, `χ² p = ${pValue}`);
  });

  it('is deterministic per seed; preview item i is the sample of seed itemSeed(seed, i)', async () => {
    const params = { codebase: K, start: key('models.Cart'), temperature: 1.5, complexity: 4, seed: 42 };
    const a = await sampleCodeApis(getDriver(), params);
    const b = await sampleCodeApis(getDriver(), params);
    assert.deepEqual(a, b);
    assert.equal(a.start.qualname, 'shop.models.Cart');
    assert.equal(a.apis.length, 4);
    const others = await Promise.all(
      [1, 2, 3, 4, 5].map((seed) =>
        sampleCodeApis(getDriver(), { ...params, seed }).then((s) => s.apis.map((x) => x.key).join()),
      ),
    );
    assert.ok(
      others.some((o) => o !== a.apis.map((x) => x.key).join()),
      'other seeds draw otherwise',
    );
    const preview = await previewCodeSamples(getDriver(), { ...params, count: 5 });
    for (const item of preview.items) {
      const alone = await sampleCodeApis(getDriver(), { ...params, seed: itemSeed(42, item.index) });
      assert.deepEqual(
        item.apis.map((x) => x.key),
        alone.apis.map((x) => x.key),
      );
    }
  });

  it('a complexity above the candidates gives all of them, flagged short; the preview reports diversity', async () => {
    const start = key('pricing.audit');
    const candidates = await codeCandidates(getDriver(), K, start);
    assert.deepEqual(candidates.map((c) => c.qualname).sort(), [
      'shop.pricing.Discount',
      'shop.pricing.Discount.apply',
      'shop.pricing.HolidayDiscount',
      'shop.pricing.cheapest',
    ]);
    const response = await previewRoute(
      new Request(
        `http://localhost/api/codebases/${K}/sample/preview?start=${encodeURIComponent(start)}&complexity=6&count=30&seed=3`,
      ),
      { params: Promise.resolve({ key: K }) },
    );
    assert.equal(response.status, 200);
    const preview = (await response.json()) as CodePreview;
    assert.equal(preview.items.length, 30);
    assert.ok(preview.items.every((item) => item.short && item.apis.length === 4));
    assert.equal(preview.summary.shortCombinations, 30);
    // Every item holds the same four: one distinct combination, full coverage, uniform usage (entropy 1).
    assert.equal(preview.summary.distinctRatio, 1 / 30);
    assert.equal(preview.summary.coverage, 1);
    assert.ok(Math.abs(preview.summary.entropy - 1) < 1e-12);
  });
});

/** Each link checked by its own Cypher: f returns C exactly, g takes C (an exact parameter, or self of C's method). */
async function assertChainHolds(chain: CodeChain) {
  const keys = chain.links.map((l) => l.fn.key);
  assert.equal(new Set(keys).size, keys.length, 'no function twice');
  assert.equal(chain.links.at(-1)!.feeds, null);
  for (const { fn } of chain.links) assert.doesNotMatch(fn.name, /^_[^_]/, 'a private function is never a link');
  for (let i = 0; i + 1 < chain.links.length; i += 1) {
    const { fn, feeds } = chain.links[i]!;
    const next = chain.links[i + 1]!.fn;
    assert.ok(feeds);
    const [row] = await read(
      `MATCH (f:CodeFunction {key: $f})-[:RETURNS {exact: true}]->(c:CodeClass {key: $c}), (g:CodeFunction {key: $g})
       RETURN EXISTS { (g)-[:ACCEPTS {exact: true, param: $param}]->(c) } AS accepts,
         EXISTS { (c)-[:CONTAINS]->(g) } AND g.isMethod AND NOT 'staticmethod' IN g.decorators AS method,
         g.params AS params`,
      { f: fn.key, c: feeds.classKey, g: next.key, param: feeds.param },
    );
    assert.ok(row, `${fn.qualname} does not return ${feeds.className} exactly`);
    const firstParam = (JSON.parse(row.params as string) as Array<{ name: string }>)[0]?.name;
    assert.ok(
      row.accepts || (row.method && firstParam === feeds.param),
      `${next.qualname} does not take a ${feeds.className} as ${feeds.param}`,
    );
  }
}

describe('compositional chains (RETURNS → ACCEPTS)', () => {
  for (const length of [2, 3, 4]) {
    it(`every sampled chain of length ${length} links each result into the next call (independent Cypher)`, async () => {
      const seen = new Set<string>();
      for (let seed = 0; seed < 12; seed += 1) {
        const chain = await sampleCodeChain(getDriver(), { codebase: K, length, temperature: 1, seed });
        assert.ok(chain, `a chain of ${length} exists in the fixture (seed ${seed})`);
        assert.equal(chain.links.length, length);
        await assertChainHolds(chain);
        seen.add(chain.links.map((l) => l.fn.key).join());
      }
      assert.ok(seen.size > 1, 'seeds vary the chain');
    });
  }

  it('starts where asked, is deterministic per seed, and is null when no chain of that length starts there', async () => {
    const params = { codebase: K, start: key('io.load_cart'), length: 3, temperature: 1, seed: 9 };
    const a = await sampleCodeChain(getDriver(), params);
    assert.ok(a);
    assert.equal(a.links[0]!.fn.qualname, 'shop.io.load_cart');
    assert.deepEqual(await sampleCodeChain(getDriver(), params), a);
    await assertChainHolds(a);
    // audit returns an int: nothing follows it.
    assert.equal(await sampleCodeChain(getDriver(), { ...params, start: key('pricing.audit'), length: 2 }), null);
    // print_receipt returns None.
    assert.equal(await sampleCodeChain(getDriver(), { ...params, start: key('io.print_receipt'), length: 2 }), null);
    const response = await chainRoute(
      new Request(
        `http://localhost/api/codebases/${K}/sample/chain?start=${encodeURIComponent(key('io.checkout'))}&length=4`,
      ),
      { params: Promise.resolve({ key: K }) },
    );
    // checkout → Receipt → render (str) or print_receipt (None): at most 2 functions.
    assert.deepEqual(await response.json(), { chain: null });
  });

  it('the second function follows P_T of its code weights among the functions the first feeds (χ², p > 0.001)', async () => {
    const start = key('io.parse_item');
    const candidates = new Map((await codeCandidates(getDriver(), K, start)).map((c) => [c.key, c.weight]));
    // parse_item returns an Item: Cart.put and Discount.apply take one, Item.discounted is its method.
    const next = [key('models.Cart.put'), key('models.Item.discounted'), key('pricing.Discount.apply')];
    const weights = next.map((k) => candidates.get(k)!);
    const total = weights.reduce((a, b) => a + b, 0);
    const expected = tempered(
      weights.map((w) => w / total),
      0.5,
    );
    const draws = 300;
    const counts = [0, 0, 0];
    for (let seed = 0; seed < draws; seed += 1) {
      const chain = await sampleCodeChain(getDriver(), { codebase: K, start, length: 2, temperature: 0.5, seed });
      counts[next.indexOf(chain!.links[1]!.fn.key)]! += 1;
    }
    const pValue = chiSquarePValue(
      chiSquareStatistic(
        counts,
        expected.map((p) => p * draws),
      ),
      2,
    );
    assert.ok(pValue > 0.001, `χ² p = ${pValue}, counts ${counts}, expected ${expected.map((p) => p * draws)}`);
  });
});

describe('on the bundled demo codebase (data/codebases/larder)', () => {
  let L = '';
  before(async () => {
    const summary = await addCodebase({ dir: path.resolve(import.meta.dirname, '../../data/codebases/larder') });
    L = summary.key;
  });

  it('the first API of a busy start follows the analytic P_T at T = 0.7 (χ², p > 0.001)', async () => {
    // The function with the most candidates (ties by key): a start with a real spread of weights.
    const starts = (await codeStarts(getDriver(), L)).filter((s) => s.type === 'CodeFunction');
    let best = { key: '', candidates: [] as Awaited<ReturnType<typeof codeCandidates>> };
    for (const s of starts) {
      const candidates = await codeCandidates(getDriver(), L, s.key);
      if (candidates.length > best.candidates.length) best = { key: s.key, candidates };
    }
    assert.ok(best.candidates.length >= 10, `a start with at least 10 candidates (${best.candidates.length})`);
    const n = 20_000;
    const preview = await previewCodeSamples(getDriver(), {
      codebase: L,
      start: best.key,
      temperature: 0.7,
      complexity: 4,
      seed: 2,
      count: n,
    });
    const index = new Map(best.candidates.map((c, i) => [c.key, i]));
    const firsts = new Array<number>(best.candidates.length).fill(0);
    for (const item of preview.items) firsts[index.get(item.apis[0]!.key)!]! += 1;
    const pValue = goodnessOfFit(
      firsts,
      tempered(
        best.candidates.map((c) => c.p),
        0.7,
      ),
      n,
    );
    assert.ok(pValue > 0.001, `χ² p = ${pValue}`);
  });

  it('chains of 2 and 3 calls exist and hold link by link (independent Cypher)', async () => {
    for (const length of [2, 3]) {
      for (let seed = 0; seed < 10; seed += 1) {
        const chain = await sampleCodeChain(getDriver(), { codebase: L, length, temperature: 1, seed });
        assert.ok(chain, `larder has a chain of ${length} calls`);
        assert.equal(chain.links.length, length);
        await assertChainHolds(chain);
      }
    }
  });
});
