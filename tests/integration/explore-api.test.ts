import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { GET as details } from '@/app/api/elements/details/route';
import { GET as neighbourhood } from '@/app/api/elements/neighbourhood/route';
import { GET as search } from '@/app/api/elements/search/route';
import { GET as documentRoute } from '@/app/api/documents/[id]/route';
import { closeDriver } from '@/lib/db/driver';
import type { DocumentView, ElementDetails, Neighbourhood, SearchHit } from '@/lib/graph/explore-types';
import { ingestFile } from '@/lib/graph/ingest-file';
import { loadSample } from '@/lib/graph/sample-corpus';
import { clearGraph, record, storedWeights, writeTempJsonl } from './helpers';

const TRICKY = 'Escaping `backticks` in {braces} and "quotes" it\'s';

async function call<T>(
  handler: (request: Request) => Promise<Response>,
  path: string,
): Promise<{ status: number; body: T }> {
  const response = await handler(new Request(`http://localhost${path}`));
  return { status: response.status, body: (await response.json()) as T };
}

const q = encodeURIComponent;

after(closeDriver);

before(async () => {
  await clearGraph();
  await loadSample();
  await ingestFile(
    writeTempJsonl([
      record('tricky-1', {
        scenarios: ['Retail demand forecasting'],
        codingSkills: [TRICKY, 'pandas groupby aggregation'],
      }),
    ]),
  );
});

describe('GET /api/elements/neighbourhood', () => {
  it('returns the top neighbours ordered by weight, with P1 summing to 1 over all neighbours', async () => {
    const { status, body } = await call<Neighbourhood>(
      neighbourhood,
      `/api/elements/neighbourhood?id=${q('Scenario:retail demand forecasting')}&limit=500`,
    );
    assert.equal(status, 200);
    const hop1 = body.nodes.filter((n) => n.hop === 1);
    assert.equal(body.truncated, false);
    assert.equal(hop1.length, body.focus.degree);
    assert.ok(hop1.length > 1, 'several neighbours to order');
    for (let i = 1; i < hop1.length; i += 1) assert.ok(hop1[i - 1]!.weight >= hop1[i]!.weight, 'ordered by weight');
    const sum = hop1.reduce((s, n) => s + n.p1!, 0);
    assert.ok(Math.abs(sum - 1) < 1e-9, `P1 sums to ${sum}`);

    // Weights agree with the stored graph.
    const weights = await storedWeights();
    for (const n of hop1) {
      const [a, b] = ['Scenario:retail demand forecasting', `${n.type}:${n.key}`].sort();
      assert.equal(n.weight, weights.get(`${a} | ${b}`), n.id);
    }
  });

  it('cuts to the limit, says it is truncated, and gives every node an edge', async () => {
    const { body } = await call<Neighbourhood>(
      neighbourhood,
      `/api/elements/neighbourhood?id=${q('Scenario:retail demand forecasting')}&limit=5`,
    );
    assert.equal(body.nodes.length, 6);
    assert.equal(body.truncated, true);
    const ids = new Set(body.nodes.map((n) => n.id));
    for (const e of body.edges) assert.ok(ids.has(e.source) && ids.has(e.target));
    for (const n of body.nodes)
      assert.ok(
        body.edges.some((e) => e.source === n.id || e.target === n.id),
        `${n.id} has an edge`,
      );
  });

  it('adds a second hop through the strongest neighbours', async () => {
    const one = await call<Neighbourhood>(
      neighbourhood,
      `/api/elements/neighbourhood?id=${q('Scenario:retail demand forecasting')}&limit=10`,
    );
    const two = await call<Neighbourhood>(
      neighbourhood,
      `/api/elements/neighbourhood?id=${q('Scenario:retail demand forecasting')}&limit=10&hops=2&perNode=5`,
    );
    assert.ok(two.body.nodes.length > one.body.nodes.length);
    assert.ok(two.body.nodes.some((n) => n.hop === 2));
  });

  it('answers 400 naming the field for malformed input', async () => {
    const cases: Array<[string, string]> = [
      ['id=nocolon', 'id'],
      ['id=Bogus:thing', 'id'],
      ['id=Scenario:', 'id'],
      ['', 'id'],
      ['id=Scenario:x&limit=0', 'limit'],
      ['id=Scenario:x&limit=-1', 'limit'],
      ['id=Scenario:x&limit=1000000000', 'limit'],
      ['id=Scenario:x&limit=abc', 'limit'],
      ['id=Scenario:x&hops=3', 'hops'],
    ];
    for (const [query, field] of cases) {
      const { status, body } = await call<{ field: string; error: string }>(
        neighbourhood,
        `/api/elements/neighbourhood?${query}`,
      );
      assert.equal(status, 400, query);
      assert.equal(body.field, field, query);
      assert.match(body.error, new RegExp(field));
    }
  });

  it('serves repeats from its cache and sees an ingest at once', async () => {
    await ingestFile(
      writeTempJsonl([record('cache-0', { scenarios: ['Test scenario'], codingSkills: ['A skill from the start'] })]),
    );
    const path = `/api/elements/neighbourhood?id=${q('Scenario:test scenario')}&limit=500`;
    const before = await call<Neighbourhood>(neighbourhood, path);
    assert.equal(before.status, 200);
    assert.deepEqual(await call<Neighbourhood>(neighbourhood, path), before);
    await ingestFile(
      writeTempJsonl([record('cache-1', { scenarios: ['Test scenario'], codingSkills: ['A skill added later'] })]),
    );
    const after = await call<Neighbourhood>(neighbourhood, path);
    assert.ok(
      after.body.nodes.some((n) => n.id === 'CodingSkill:a skill added later'),
      'the new neighbour shows up',
    );
    assert.equal(after.body.focus.degree, before.body.focus.degree + 1);
  });

  it('answers 404 for an unknown element', async () => {
    const { status } = await call(neighbourhood, `/api/elements/neighbourhood?id=${q('Scenario:no such scenario')}`);
    assert.equal(status, 404);
  });
});

describe('GET /api/elements/search', () => {
  it('finds elements by prefix and filters by type', async () => {
    const { body } = await call<{ hits: SearchHit[] }>(search, '/api/elements/search?q=retail%20dem&type=Scenario');
    assert.ok(body.hits.some((h) => h.id === 'Scenario:retail demand forecasting'));
    assert.ok(body.hits.every((h) => h.type === 'Scenario'));
  });

  it('rejects a type outside the allowlist and bad limits', async () => {
    for (const query of ['q=x&type=Document', 'q=x&type=Scenario%7D', 'q=x&limit=0', 'q=x&limit=nope', 'q=']) {
      const { status } = await call(search, `/api/elements/search?${query}`);
      assert.equal(status, 400, query);
    }
  });

  it('finds and opens an element whose name has quotes, backticks and braces', async () => {
    const { body } = await call<{ hits: SearchHit[] }>(
      search,
      `/api/elements/search?q=${q('escaping `backticks` {braces')}`,
    );
    const hit = body.hits.find((h) => h.name === TRICKY);
    assert.ok(hit, JSON.stringify(body.hits));
    const opened = await call<Neighbourhood>(neighbourhood, `/api/elements/neighbourhood?id=${q(hit.id)}`);
    assert.equal(opened.status, 200);
    assert.equal(opened.body.focus.name, TRICKY);
    const info = await call<ElementDetails>(details, `/api/elements/details?id=${q(hit.id)}`);
    assert.equal(info.status, 200);
    assert.deepEqual(
      info.body.documents.map((d) => d.id),
      ['tricky-1'],
    );
  });
});

describe('GET /api/elements/details and /api/documents/:id', () => {
  it('gives counts, per-type neighbours with P1, and the documents with their text', async () => {
    const { status, body } = await call<ElementDetails>(
      details,
      `/api/elements/details?id=${q('CodingSkill:pandas groupby aggregation')}&perType=50&documents=200`,
    );
    assert.equal(status, 200);
    assert.equal(body.element.documents, body.element.docCount);
    assert.equal(body.documents.length, body.element.docCount);
    const total = body.neighboursByType.reduce((s, g) => s + g.total, 0);
    assert.equal(total, body.element.degree);
    const neighbours = body.neighboursByType.flatMap((group) => group.top);
    assert.ok(neighbours.length > 0, 'the element has neighbours');
    for (const n of neighbours) assert.ok(Math.abs(n.p1 - n.weight / body.element.strength) < 1e-12);
    const soDoc = body.documents.find((d) => d.source === 'stackoverflow')!;
    const doc = await documentRoute(new Request(`http://localhost/api/documents/${soDoc.id}`), {
      params: Promise.resolve({ id: soDoc.id }),
    });
    const view = (await doc.json()) as DocumentView;
    assert.ok(view.body && view.body.length > 100, 'document text is attached');
    assert.ok(view.elements.some((e) => e.id === 'CodingSkill:pandas groupby aggregation'));
    const missing = await documentRoute(new Request('http://localhost/api/documents/nope'), {
      params: Promise.resolve({ id: 'nope' }),
    });
    assert.equal(missing.status, 404);
  });
});
