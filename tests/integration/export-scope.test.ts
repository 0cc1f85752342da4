import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { GET as exportRoute } from '@/app/api/export/route';
import type { ApiError } from '@/lib/api/respond';
import { closeDriver } from '@/lib/db/driver';
import { loadSample } from '@/lib/graph/sample-corpus';
import { exportLines } from '@/lib/review/export';
import { exportQuerySchema } from '@/lib/review/schemas';
import type { FixtureProblem } from '@/test-support/review/fixture';
import { seedFixtureBatch } from '@/test-support/review/seed-fixture-batch';
import { setProblemProps } from '@/test-support/review/set-verification';
import { clearGraph } from './helpers';

// Two batches of 12 approved problems (indexes 0–11, so text order of the keys would put 10 and 11 before 2),
// seeded newest-first so neither creation order nor key order happens to be the export's order.
const FIRST = 'scope-a';
const SECOND = 'scope-b';
const COUNT = 12;
/** Left pending in each batch; the rest are approved. */
const PENDING = [1, 4];

let seeded: Record<string, FixtureProblem[]> = {};

after(closeDriver);

before(async () => {
  await clearGraph();
  await loadSample();
  seeded = {
    [SECOND]: await seedFixtureBatch(SECOND, COUNT, { scenarios: 3, now: 5_000_000, verify: { attempts: 3 } }),
    [FIRST]: await seedFixtureBatch(FIRST, COUNT, { scenarios: 3, now: 4_000_000 }),
  };
  const all = [...seeded[FIRST]!, ...seeded[SECOND]!];
  const approved = all
    .filter((p) => !PENDING.includes(Number(p.props.index)))
    .map((p) => ({ key: String(p.props.key), props: { status: 'approved', reviewer: 'Ada', reviewedAt: 6_000_000 } }));
  assert.equal(await setProblemProps(approved), approved.length);
});

async function exported(query: string): Promise<Array<Record<string, unknown>>> {
  const response = await exportRoute(new Request(`http://localhost/api/export?${query}`));
  assert.equal(response.status, 200, await response.clone().text());
  return (await response.text())
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const indexesOf = (batch: string) =>
  seeded[batch]!.filter((p) => !PENDING.includes(Number(p.props.index))).map((p) => Number(p.props.index));
const numeric = (values: number[]) => [...values].sort((a, b) => a - b);

describe('export scope and order', () => {
  it('exports everything approved batch by batch, each batch in numeric index order', async () => {
    const rows = await exported('format=full');
    assert.deepEqual(
      rows.map((r) => [r.batchId, r.index]),
      [...numeric(indexesOf(FIRST)).map((i) => [FIRST, i]), ...numeric(indexesOf(SECOND)).map((i) => [SECOND, i])],
    );
    assert.ok(
      rows.findIndex((r) => r.key === `${FIRST}/2`) < rows.findIndex((r) => r.key === `${FIRST}/10`),
      'index 2 comes before index 10',
    );
  });

  it('keeps that order across pages, in every format', async () => {
    const expected = numeric(indexesOf(SECOND)).map((i) => `${SECOND}/${i}`);
    for (const format of ['sft', 'full', 'triplet'] as const) {
      const query = exportQuerySchema.parse({ format, batch: SECOND });
      const keys: string[] = [];
      // Pages of 5 cross the 10/2 boundary of key order inside one batch.
      for await (const line of exportLines(query, { pageSize: 5 })) {
        const record = JSON.parse(line) as Record<string, unknown>;
        if (format === 'full') keys.push(String(record.key));
        else if (format === 'triplet') keys.push(String(record.id));
        else keys.push(String((record.messages as Array<{ content: string }>)[0]!.content));
      }
      if (format === 'sft') {
        const titles = expected.map((key) => seeded[SECOND]!.find((p) => p.props.key === key)!.props.title);
        assert.deepEqual(
          keys.map((content) => content.split('\n')[0]),
          titles.map((title) => `# ${String(title)}`),
        );
      } else if (format === 'full') assert.deepEqual(keys, expected);
      else {
        const withTests = expected.filter((key) => seeded[SECOND]!.find((p) => p.props.key === key)!.props.tests);
        assert.ok(withTests.length > 5, 'more than one page of problems with tests');
        assert.deepEqual(keys, withTests);
      }
    }
  });

  it('scopes to one batch', async () => {
    const rows = await exported(`format=full&batch=${SECOND}`);
    assert.deepEqual(
      rows.map((r) => r.key),
      numeric(indexesOf(SECOND)).map((i) => `${SECOND}/${i}`),
    );
  });

  it('scopes to the review filter: its fields narrow the export, the status is the export’s own', async () => {
    const threshold = 0.1;
    const matches = (p: FixtureProblem, status: string) =>
      Number(p.props.coherence) <= threshold &&
      (status === 'all' ||
        (status === 'pending' ? PENDING.includes(Number(p.props.index)) : !PENDING.includes(Number(p.props.index))));
    for (const status of ['approved', 'pending', 'all']) {
      const rows = await exported(`format=full&status=${status}&coherenceMax=${threshold}`);
      const expected = [FIRST, SECOND].flatMap((batch) =>
        numeric(seeded[batch]!.filter((p) => matches(p, status)).map((p) => Number(p.props.index))).map(
          (i) => `${batch}/${i}`,
        ),
      );
      assert.ok(expected.length > 0 && expected.length < 2 * COUNT, `a real narrowing for status=${status}`);
      assert.deepEqual(
        rows.map((r) => r.key),
        expected,
        `status=${status}`,
      );
    }
    const scenario = String(seeded[FIRST]![0]!.props.scenarioKey);
    const inBatch = await exported(`format=full&batch=${FIRST}&${new URLSearchParams({ scenario })}`);
    assert.deepEqual(
      inBatch.map((r) => r.key),
      numeric(
        seeded[FIRST]!.filter((p) => p.props.scenarioKey === scenario && !PENDING.includes(Number(p.props.index))).map(
          (p) => Number(p.props.index),
        ),
      ).map((i) => `${FIRST}/${i}`),
    );
  });

  it('answers 400 naming the field for a bad scope', async () => {
    for (const [query, field] of [
      ['coherenceMin=5', 'coherenceMin'],
      ['coherenceMin=0.5&coherenceMax=0.2', 'coherenceMin'],
      ['element=Nope:x', 'element'],
      ['coverageMin=101', 'coverageMin'],
      ['duplicate=maybe', 'duplicate'],
      ['verify=bogus', 'verify'],
    ]) {
      const response = await exportRoute(new Request(`http://localhost/api/export?${query}`));
      assert.equal(response.status, 400, query);
      assert.equal(((await response.json()) as ApiError).field, field, query);
    }
  });
});
