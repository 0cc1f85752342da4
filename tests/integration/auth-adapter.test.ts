import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { betterAuth, type BetterAuthOptions } from 'better-auth';
import type { DBAdapter, Where } from 'better-auth/adapters';
import { neo4jAdapter } from '@/lib/auth/neo4j-adapter';
import { closeDriver, getDriver, sessionConfig } from '@/lib/db/driver';
import { assertTestDatabase } from './helpers';

// The checks below read Neo4j directly, past the adapter, to see what it really stored; like the adapter's
// own queries they name Auth* labels only, so they stay in this file rather than in cypher/testing/.
async function raw<T = Record<string, unknown>>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const session = getDriver().session(sessionConfig('WRITE'));
  try {
    return (await session.run(query, params)).records.map((record) => record.toObject() as T);
  } finally {
    await session.close();
  }
}

const clearAuthNodes = () =>
  raw("MATCH (n) WHERE any(l IN labels(n) WHERE l STARTS WITH 'Auth') DETACH DELETE n RETURN count(*) AS n");
const authNodeCount = async () =>
  (await raw<{ n: number }>("MATCH (n) WHERE any(l IN labels(n) WHERE l STARTS WITH 'Auth') RETURN count(n) AS n"))[0]!
    .n;

// A plugin model with every field type, so each stored type and operator is exercised on its own field.
const widgetPlugin = {
  id: 'widget-test',
  schema: {
    widget: {
      fields: {
        label: { type: 'string', required: true },
        score: { type: 'number', required: true },
        active: { type: 'boolean', required: true },
        tags: { type: 'string[]', required: false },
        seenAt: { type: 'date', required: true },
        note: { type: 'string', required: false },
        meta: { type: 'json', required: false },
      },
    },
  },
} as const;

const baseOptions = {
  plugins: [widgetPlugin],
  rateLimit: { enabled: true, storage: 'database' },
} satisfies BetterAuthOptions;

interface Widget {
  id: string;
  label: string;
  score: number;
  active: boolean;
  tags: string[] | null;
  seenAt: Date;
  note: string | null;
  meta: Record<string, unknown> | null;
}

const WIDGETS = [
  {
    label: 'Alpha',
    score: 10,
    active: true,
    tags: ['a', 'b'],
    seenAt: new Date('2026-01-01T00:00:00.123Z'),
    note: 'first',
    meta: { level: 1, nested: { ok: true } },
  },
  {
    label: 'beta',
    score: 20,
    active: false,
    tags: [],
    seenAt: new Date('2026-02-01T00:00:00.000Z'),
    note: null,
    meta: null,
  },
  {
    label: 'Gamma',
    score: 30,
    active: true,
    tags: ['c'],
    seenAt: new Date('2026-03-01T12:30:00.000Z'),
    note: 'third',
    meta: null,
  },
  {
    label: 'alphabet',
    score: 40,
    active: false,
    tags: null,
    seenAt: new Date('2026-04-01T00:00:00.000Z'),
    note: null,
    meta: null,
  },
  {
    label: 'DELTA',
    score: 50,
    active: true,
    tags: null,
    seenAt: new Date('2026-05-01T00:00:00.000Z'),
    note: 'fifth',
    meta: null,
  },
];

let adapter: DBAdapter;

const labelsOf = (rows: Widget[]) => rows.map((r) => r.label).sort();
const find = (where: Where[]) => adapter.findMany<Widget>({ model: 'widget', where });

before(async () => {
  assertTestDatabase();
  await clearAuthNodes();
  adapter = neo4jAdapter()(baseOptions);
});

after(async () => {
  await clearAuthNodes();
  await closeDriver();
});

describe('neo4jAdapter through the Better Auth adapter factory', () => {
  before(async () => {
    for (const data of WIDGETS) await adapter.create({ model: 'widget', data });
  });

  it('create returns the stored row with a generated id and every type as Better Auth gave it', async () => {
    const created = await adapter.create<Record<string, unknown>, Widget>({
      model: 'widget',
      data: {
        label: 'Created',
        score: 2.5,
        active: false,
        tags: ['x'],
        seenAt: new Date('2020-06-01T10:00:00.999Z'),
        note: null,
        meta: { k: [1, 2] },
      },
    });
    assert.equal(typeof created.id, 'string');
    assert.ok(created.id.length > 10, `generated id ${created.id}`);
    assert.equal(created.label, 'Created');
    assert.equal(created.score, 2.5);
    assert.equal(created.active, false);
    assert.deepEqual(created.tags, ['x']);
    assert.ok(created.seenAt instanceof Date);
    assert.equal(created.seenAt.toISOString(), '2020-06-01T10:00:00.999Z');
    assert.equal(created.note, null);
    assert.deepEqual(created.meta, { k: [1, 2] });

    const [stored] = await raw<{ labels: string[]; seenAtType: string; activeType: string; hasNote: boolean }>(
      'MATCH (n {id: $id}) RETURN labels(n) AS labels, valueType(n.seenAt) AS seenAtType, ' +
        'valueType(n.active) AS activeType, n.note IS NOT NULL AS hasNote',
      { id: created.id },
    );
    assert.deepEqual(stored!.labels, ['AuthWidget']);
    assert.match(stored!.seenAtType, /^ZONED DATETIME/);
    assert.match(stored!.activeType, /^BOOLEAN/);
    assert.equal(stored!.hasNote, false);

    await adapter.delete({ model: 'widget', where: [{ field: 'id', value: created.id }] });
    assert.equal(await adapter.findOne({ model: 'widget', where: [{ field: 'id', value: created.id }] }), null);
  });

  it('findOne reads back dates, booleans, numbers, arrays, JSON and nulls', async () => {
    const alpha = await adapter.findOne<Widget>({ model: 'widget', where: [{ field: 'label', value: 'Alpha' }] });
    assert.ok(alpha);
    assert.ok(alpha.seenAt instanceof Date);
    assert.equal(alpha.seenAt.getTime(), WIDGETS[0]!.seenAt.getTime());
    assert.equal(alpha.active, true);
    assert.equal(alpha.score, 10);
    assert.deepEqual(alpha.tags, ['a', 'b']);
    assert.deepEqual(alpha.meta, { level: 1, nested: { ok: true } });
    const beta = await adapter.findOne<Widget>({ model: 'widget', where: [{ field: 'label', value: 'beta' }] });
    assert.ok(beta);
    assert.equal(beta.active, false);
    assert.deepEqual(beta.tags, []);
    assert.equal(beta.note, null);
    assert.equal(beta.meta, null);
    assert.equal(await adapter.findOne({ model: 'widget', where: [{ field: 'label', value: 'nobody' }] }), null);
  });

  it('eq and ne, on values and on null', async () => {
    assert.deepEqual(labelsOf(await find([{ field: 'label', value: 'Alpha' }])), ['Alpha']);
    assert.deepEqual(labelsOf(await find([{ field: 'label', operator: 'eq', value: 'alpha' }])), []);
    assert.deepEqual(labelsOf(await find([{ field: 'label', operator: 'ne', value: 'Alpha' }])), [
      'DELTA',
      'Gamma',
      'alphabet',
      'beta',
    ]);
    // A missing note is not equal to 'first'.
    assert.deepEqual(labelsOf(await find([{ field: 'note', operator: 'ne', value: 'first' }])), [
      'DELTA',
      'Gamma',
      'alphabet',
      'beta',
    ]);
    assert.deepEqual(labelsOf(await find([{ field: 'note', value: null }])), ['alphabet', 'beta']);
    assert.deepEqual(labelsOf(await find([{ field: 'note', operator: 'ne', value: null }])), [
      'Alpha',
      'DELTA',
      'Gamma',
    ]);
    assert.deepEqual(labelsOf(await find([{ field: 'active', value: true }])), ['Alpha', 'DELTA', 'Gamma']);
    assert.deepEqual(labelsOf(await find([{ field: 'active', value: false }])), ['alphabet', 'beta']);
  });

  it('lt, lte, gt, gte on numbers and dates', async () => {
    assert.deepEqual(labelsOf(await find([{ field: 'score', operator: 'lt', value: 30 }])), ['Alpha', 'beta']);
    assert.deepEqual(labelsOf(await find([{ field: 'score', operator: 'lte', value: 30 }])), [
      'Alpha',
      'Gamma',
      'beta',
    ]);
    assert.deepEqual(labelsOf(await find([{ field: 'score', operator: 'gt', value: 30 }])), ['DELTA', 'alphabet']);
    assert.deepEqual(labelsOf(await find([{ field: 'score', operator: 'gte', value: 30 }])), [
      'DELTA',
      'Gamma',
      'alphabet',
    ]);
    const feb15 = new Date('2026-02-15T00:00:00Z');
    assert.deepEqual(labelsOf(await find([{ field: 'seenAt', operator: 'gt', value: feb15 }])), [
      'DELTA',
      'Gamma',
      'alphabet',
    ]);
    assert.deepEqual(
      labelsOf(await find([{ field: 'seenAt', operator: 'lte', value: new Date('2026-02-01T00:00:00Z') }])),
      ['Alpha', 'beta'],
    );
    assert.deepEqual(
      labelsOf(await find([{ field: 'seenAt', operator: 'lt', value: new Date('2026-02-01T00:00:00Z') }])),
      ['Alpha'],
    );
    assert.deepEqual(
      labelsOf(await find([{ field: 'seenAt', operator: 'gte', value: new Date('2026-05-01T00:00:00Z') }])),
      ['DELTA'],
    );
    // An ISO string compared with a date field is read as that instant.
    assert.deepEqual(labelsOf(await find([{ field: 'seenAt', operator: 'gt', value: '2026-02-15T00:00:00Z' }])), [
      'DELTA',
      'Gamma',
      'alphabet',
    ]);
    // An exact instant, millisecond included, matches with eq.
    assert.deepEqual(labelsOf(await find([{ field: 'seenAt', value: new Date('2026-01-01T00:00:00.123Z') }])), [
      'Alpha',
    ]);
  });

  it('in and not_in', async () => {
    assert.deepEqual(labelsOf(await find([{ field: 'label', operator: 'in', value: ['Alpha', 'beta', 'nope'] }])), [
      'Alpha',
      'beta',
    ]);
    assert.deepEqual(labelsOf(await find([{ field: 'score', operator: 'in', value: [10, 50] }])), ['Alpha', 'DELTA']);
    assert.deepEqual(labelsOf(await find([{ field: 'label', operator: 'in', value: [] }])), []);
    assert.deepEqual(labelsOf(await find([{ field: 'label', operator: 'not_in', value: ['Alpha', 'beta'] }])), [
      'DELTA',
      'Gamma',
      'alphabet',
    ]);
    assert.deepEqual(labelsOf(await find([{ field: 'note', operator: 'not_in', value: ['first', 'third'] }])), [
      'DELTA',
      'alphabet',
      'beta',
    ]);
  });

  it('contains, starts_with, ends_with', async () => {
    assert.deepEqual(labelsOf(await find([{ field: 'label', operator: 'contains', value: 'lph' }])), [
      'Alpha',
      'alphabet',
    ]);
    assert.deepEqual(labelsOf(await find([{ field: 'label', operator: 'contains', value: 'ta' }])), ['beta']);
    assert.deepEqual(labelsOf(await find([{ field: 'label', operator: 'starts_with', value: 'alpha' }])), ['alphabet']);
    assert.deepEqual(labelsOf(await find([{ field: 'label', operator: 'ends_with', value: 'a' }])), [
      'Alpha',
      'Gamma',
      'beta',
    ]);
    // LIKE-style wildcards are plain characters.
    assert.deepEqual(labelsOf(await find([{ field: 'label', operator: 'contains', value: '%' }])), []);
  });

  it('mode insensitive on eq, ne, in, not_in, contains, starts_with, ends_with', async () => {
    const i = 'insensitive' as const;
    assert.deepEqual(labelsOf(await find([{ field: 'label', value: 'alpha', mode: i }])), ['Alpha']);
    assert.deepEqual(labelsOf(await find([{ field: 'label', operator: 'ne', value: 'ALPHA', mode: i }])), [
      'DELTA',
      'Gamma',
      'alphabet',
      'beta',
    ]);
    assert.deepEqual(labelsOf(await find([{ field: 'label', operator: 'in', value: ['ALPHA', 'delta'], mode: i }])), [
      'Alpha',
      'DELTA',
    ]);
    assert.deepEqual(
      labelsOf(await find([{ field: 'label', operator: 'not_in', value: ['ALPHA', 'delta'], mode: i }])),
      ['Gamma', 'alphabet', 'beta'],
    );
    assert.deepEqual(labelsOf(await find([{ field: 'label', operator: 'contains', value: 'TA', mode: i }])), [
      'DELTA',
      'beta',
    ]);
    assert.deepEqual(labelsOf(await find([{ field: 'label', operator: 'starts_with', value: 'ALPHA', mode: i }])), [
      'Alpha',
      'alphabet',
    ]);
    assert.deepEqual(labelsOf(await find([{ field: 'label', operator: 'ends_with', value: 'A', mode: i }])), [
      'Alpha',
      'DELTA',
      'Gamma',
      'beta',
    ]);
  });

  it('AND and OR connectors: every AND clause, and at least one OR clause', async () => {
    assert.deepEqual(
      labelsOf(
        await find([
          { field: 'active', value: true },
          { field: 'score', operator: 'gt', value: 10 },
        ]),
      ),
      ['DELTA', 'Gamma'],
    );
    assert.deepEqual(
      labelsOf(
        await find([
          { field: 'label', value: 'Alpha', connector: 'OR' },
          { field: 'label', value: 'beta', connector: 'OR' },
        ]),
      ),
      ['Alpha', 'beta'],
    );
    assert.deepEqual(
      labelsOf(
        await find([
          { field: 'active', value: true, connector: 'AND' },
          { field: 'score', operator: 'lt', value: 20, connector: 'OR' },
          { field: 'score', operator: 'gt', value: 40, connector: 'OR' },
        ]),
      ),
      ['Alpha', 'DELTA'],
    );
  });

  it('findMany sorts, limits and pages', async () => {
    const byScoreDesc = await adapter.findMany<Widget>({
      model: 'widget',
      sortBy: { field: 'score', direction: 'desc' },
      limit: 2,
    });
    assert.deepEqual(
      byScoreDesc.map((w) => w.label),
      ['DELTA', 'alphabet'],
    );
    const page = await adapter.findMany<Widget>({
      model: 'widget',
      sortBy: { field: 'score', direction: 'asc' },
      limit: 2,
      offset: 1,
    });
    assert.deepEqual(
      page.map((w) => w.label),
      ['beta', 'Gamma'],
    );
    const byDate = await adapter.findMany<Widget>({ model: 'widget', sortBy: { field: 'seenAt', direction: 'desc' } });
    assert.deepEqual(
      byDate.map((w) => w.label),
      ['DELTA', 'alphabet', 'Gamma', 'beta', 'Alpha'],
    );
    const filteredPage = await adapter.findMany<Widget>({
      model: 'widget',
      where: [{ field: 'active', value: true }],
      sortBy: { field: 'score', direction: 'desc' },
      offset: 1,
    });
    assert.deepEqual(
      filteredPage.map((w) => w.label),
      ['Gamma', 'Alpha'],
    );
    assert.equal((await adapter.findMany({ model: 'widget' })).length, WIDGETS.length);
    assert.equal((await adapter.findMany({ model: 'widget', offset: 4 })).length, 1);
  });

  it('select returns only the selected fields', async () => {
    const one = await adapter.findOne<Record<string, unknown>>({
      model: 'widget',
      where: [{ field: 'label', value: 'Gamma' }],
      select: ['label', 'score'],
    });
    assert.deepEqual(one, { label: 'Gamma', score: 30 });
    const many = await adapter.findMany<Record<string, unknown>>({
      model: 'widget',
      where: [{ field: 'active', value: false }],
      select: ['label'],
      sortBy: { field: 'label', direction: 'asc' },
    });
    // The factory lists every field of the model on findMany's rows; the unselected ones stay undefined.
    assert.deepEqual(
      many.map((row) => Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined))),
      [{ label: 'alphabet' }, { label: 'beta' }],
    );
  });

  it('count', async () => {
    assert.equal(await adapter.count({ model: 'widget' }), WIDGETS.length);
    assert.equal(await adapter.count({ model: 'widget', where: [{ field: 'active', value: true }] }), 3);
    assert.equal(await adapter.count({ model: 'widget', where: [{ field: 'label', value: 'nobody' }] }), 0);
  });

  it('update changes one row and returns it updated; null removes a value; no match gives null', async () => {
    const gamma = await adapter.findOne<Widget>({ model: 'widget', where: [{ field: 'label', value: 'Gamma' }] });
    const updated = await adapter.update<Widget>({
      model: 'widget',
      where: [{ field: 'id', value: gamma!.id }],
      update: { score: 31, note: null, seenAt: new Date('2026-03-02T00:00:00Z'), tags: ['c', 'd'] },
    });
    assert.ok(updated);
    assert.equal(updated.id, gamma!.id);
    assert.equal(updated.label, 'Gamma');
    assert.equal(updated.score, 31);
    assert.equal(updated.note, null);
    assert.deepEqual(updated.tags, ['c', 'd']);
    assert.equal(updated.seenAt.toISOString(), '2026-03-02T00:00:00.000Z');
    const [stored] = await raw<{ hasNote: boolean; score: number }>(
      'MATCH (n:AuthWidget {id: $id}) RETURN n.note IS NOT NULL AS hasNote, n.score AS score',
      { id: gamma!.id },
    );
    assert.deepEqual(stored, { hasNote: false, score: 31 });
    assert.equal(
      await adapter.update({ model: 'widget', where: [{ field: 'label', value: 'nobody' }], update: { score: 1 } }),
      null,
    );
    // Put Gamma back for the other tests.
    await adapter.update({
      model: 'widget',
      where: [{ field: 'id', value: gamma!.id }],
      update: { score: 30, note: 'third', seenAt: WIDGETS[2]!.seenAt, tags: ['c'] },
    });
  });

  it('updateMany and deleteMany return how many rows they changed', async () => {
    for (const n of [1, 2, 3]) {
      await adapter.create({
        model: 'widget',
        data: { label: `temp-${n}`, score: 100 + n, active: false, seenAt: new Date() },
      });
    }
    const changed = await adapter.updateMany({
      model: 'widget',
      where: [{ field: 'label', operator: 'starts_with', value: 'temp-' }],
      update: { active: true },
    });
    assert.equal(changed, 3);
    assert.equal(await adapter.count({ model: 'widget', where: [{ field: 'active', value: true }] }), 6);
    assert.equal(
      await adapter.updateMany({ model: 'widget', where: [{ field: 'label', value: 'nobody' }], update: { score: 0 } }),
      0,
    );
    assert.equal(
      await adapter.deleteMany({
        model: 'widget',
        where: [
          { field: 'score', operator: 'gt', value: 101 },
          { field: 'label', operator: 'starts_with', value: 'temp-' },
        ],
      }),
      2,
    );
    await adapter.delete({ model: 'widget', where: [{ field: 'label', value: 'temp-1' }] });
    assert.equal(await adapter.count({ model: 'widget' }), WIDGETS.length);
    assert.equal(await adapter.deleteMany({ model: 'widget', where: [{ field: 'label', value: 'nobody' }] }), 0);
  });

  it('a value that would be Cypher if concatenated is only ever a value', async () => {
    const nasty = ["x' OR 1=1 //", 'x" OR 1=1 //', '`}) DETACH DELETE n //', '$p0'];
    const before = await authNodeCount();
    for (const [index, email] of nasty.entries()) {
      const user = await adapter.create<Record<string, unknown>, { id: string; email: string; name: string }>({
        model: 'user',
        data: { email, name: email, emailVerified: false, createdAt: new Date(), updatedAt: new Date() },
      });
      assert.equal(user.email, email, `email ${index}`);
      assert.equal(user.name, email);
      const found = await adapter.findOne<{ id: string }>({ model: 'user', where: [{ field: 'email', value: email }] });
      assert.equal(found?.id, user.id);
    }
    assert.equal(await authNodeCount(), before + nasty.length);
    assert.equal(await adapter.findOne({ model: 'user', where: [{ field: 'email', value: "' OR 1=1 //" }] }), null);
    assert.equal(
      await adapter.count({ model: 'user', where: [{ field: 'email', operator: 'contains', value: "' OR" }] }),
      1,
    );
    assert.equal(
      await adapter.deleteMany({ model: 'user', where: [{ field: 'email', operator: 'in', value: nasty }] }),
      nasty.length,
    );
    assert.equal(await authNodeCount(), before);
  });

  it('a field or model name that is not a plain identifier is refused before any query runs', async () => {
    const before = await authNodeCount();
    const badField = neo4jAdapter()({
      ...baseOptions,
      user: { fields: { name: 'name` }) MATCH (m) DETACH DELETE m //' } },
    });
    await assert.rejects(
      badField.create({
        model: 'user',
        data: {
          email: 'field@example.com',
          name: 'n',
          emailVerified: false,
          createdAt: new Date(),
          updatedAt: new Date(),
        },
      }),
      /Invalid field name/,
    );
    await assert.rejects(
      badField.findMany({ model: 'user', where: [{ field: 'name', value: 'n' }] }),
      /Invalid field name/,
    );
    const badModel = neo4jAdapter()({ ...baseOptions, user: { modelName: 'user`) MATCH (m) DETACH DELETE m //' } });
    await assert.rejects(
      badModel.findOne({ model: 'user', where: [{ field: 'email', value: 'x' }] }),
      /Invalid model name/,
    );
    const badExtra = neo4jAdapter()({
      ...baseOptions,
      user: { additionalFields: { 'x}) DETACH DELETE n //': { type: 'string', required: false } } },
    });
    await assert.rejects(
      badExtra.create({
        model: 'user',
        data: {
          email: 'extra@example.com',
          name: 'n',
          emailVerified: false,
          createdAt: new Date(),
          updatedAt: new Date(),
        },
      }),
      /Invalid field name/,
    );
    assert.equal(await authNodeCount(), before);
  });

  it('transaction commits together and rolls back on error', async () => {
    await assert.rejects(
      adapter.transaction(async (trx) => {
        await trx.create({
          model: 'widget',
          data: { label: 'rolled-back', score: 1, active: true, seenAt: new Date() },
        });
        assert.equal(await trx.count({ model: 'widget', where: [{ field: 'label', value: 'rolled-back' }] }), 1);
        throw new Error('boom');
      }),
      /boom/,
    );
    assert.equal(await adapter.count({ model: 'widget', where: [{ field: 'label', value: 'rolled-back' }] }), 0);
    const id = await adapter.transaction(async (trx) => {
      const made = await trx.create<Record<string, unknown>, Widget>({
        model: 'widget',
        data: { label: 'committed', score: 1, active: true, seenAt: new Date() },
      });
      await trx.update({ model: 'widget', where: [{ field: 'id', value: made.id }], update: { score: 2 } });
      // Queries started together share the one transaction.
      await Promise.all(
        [1, 2, 3].map((n) =>
          trx.create({
            model: 'widget',
            data: { label: `together-${n}`, score: n, active: false, seenAt: new Date() },
          }),
        ),
      );
      assert.equal(
        await trx.count({ model: 'widget', where: [{ field: 'label', operator: 'starts_with', value: 'together-' }] }),
        3,
      );
      return made.id;
    });
    const committed = await adapter.findOne<Widget>({ model: 'widget', where: [{ field: 'id', value: id }] });
    assert.equal(committed?.score, 2);
    assert.equal(
      await adapter.deleteMany({
        model: 'widget',
        where: [
          { field: 'id', value: id, connector: 'OR' },
          { field: 'label', operator: 'starts_with', value: 'together-', connector: 'OR' },
        ],
      }),
      4,
    );
  });

  it('consumeOne hands a verification row to exactly one of several concurrent callers', async () => {
    await adapter.create({
      model: 'verification',
      data: { identifier: 'race', value: 'secret', expiresAt: new Date(Date.now() + 60_000) },
    });
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        adapter.consumeOne<{ value: string }>({
          model: 'verification',
          where: [{ field: 'identifier', value: 'race' }],
        }),
      ),
    );
    assert.deepEqual(
      results.filter((r) => r !== null).map((r) => r!.value),
      ['secret'],
    );
    assert.equal(await adapter.count({ model: 'verification', where: [{ field: 'identifier', value: 'race' }] }), 0);
  });

  it('incrementOne adds to a rate-limit counter under its guard', async () => {
    await adapter.create({ model: 'rateLimit', data: { key: '127.0.0.1/sign-in', count: 1, lastRequest: 1000 } });
    const bumped = await adapter.incrementOne<{ count: number; lastRequest: number }>({
      model: 'rateLimit',
      where: [{ field: 'key', value: '127.0.0.1/sign-in' }],
      increment: { count: 1 },
      set: { lastRequest: 2000 },
    });
    assert.equal(bumped?.count, 2);
    assert.equal(bumped?.lastRequest, 2000);
    const guarded = await adapter.incrementOne({
      model: 'rateLimit',
      where: [
        { field: 'key', value: '127.0.0.1/sign-in' },
        { field: 'count', operator: 'lt', value: 2 },
      ],
      increment: { count: 1 },
    });
    assert.equal(guarded, null);
    const [stored] = await raw<{ count: number }>(
      "MATCH (n:AuthRateLimit {key: '127.0.0.1/sign-in'}) RETURN n.count AS count",
    );
    assert.equal(stored!.count, 2);
  });

  it('incrementOne loses no update and lets no racer past its guard', async () => {
    await adapter.create({ model: 'rateLimit', data: { key: 'racing', count: 0, lastRequest: 0 } });
    await Promise.all(
      Array.from({ length: 8 }, () =>
        adapter.incrementOne({
          model: 'rateLimit',
          where: [{ field: 'key', value: 'racing' }],
          increment: { count: 1 },
        }),
      ),
    );
    const counter = await adapter.findOne<{ count: number }>({
      model: 'rateLimit',
      where: [{ field: 'key', value: 'racing' }],
    });
    assert.equal(counter?.count, 8);
    // Eight racers each take one while more than 5 remain: exactly three succeed.
    const taken = await Promise.all(
      Array.from({ length: 8 }, () =>
        adapter.incrementOne({
          model: 'rateLimit',
          where: [
            { field: 'key', value: 'racing' },
            { field: 'count', operator: 'gt', value: 5 },
          ],
          increment: { count: -1 },
        }),
      ),
    );
    assert.equal(taken.filter((r) => r !== null).length, 3);
    const after = await adapter.findOne<{ count: number }>({
      model: 'rateLimit',
      where: [{ field: 'key', value: 'racing' }],
    });
    assert.equal(after?.count, 5);
  });
});

describe('betterAuth on neo4jAdapter, end to end', () => {
  const auth = betterAuth({
    database: neo4jAdapter(),
    emailAndPassword: { enabled: true },
    secret: 'test-secret-at-least-32-characters-long!!',
    baseURL: 'http://localhost:3000',
  });
  const email = 'ada@example.com';
  const password = 'correct horse battery staple';

  it('signs up, signs in, reads the session from the cookie, signs out and the session is gone', async () => {
    const signedUp = await auth.api.signUpEmail({ body: { email, password, name: 'Ada' } });
    assert.equal(signedUp.user.email, email);
    const [user] = await raw<{ id: string; name: string; emailVerified: boolean; createdType: string }>(
      'MATCH (u:AuthUser {email: $email}) RETURN u.id AS id, u.name AS name, u.emailVerified AS emailVerified, ' +
        'valueType(u.createdAt) AS createdType',
      { email },
    );
    assert.equal(user!.id, signedUp.user.id);
    assert.equal(user!.name, 'Ada');
    assert.equal(user!.emailVerified, false);
    assert.match(user!.createdType, /^ZONED DATETIME/);
    const [account] = await raw<{ providerId: string; hasPassword: boolean; passwordIsPlain: boolean }>(
      'MATCH (a:AuthAccount {userId: $id}) RETURN a.providerId AS providerId, a.password IS NOT NULL AS hasPassword, ' +
        'a.password = $password AS passwordIsPlain',
      { id: signedUp.user.id, password },
    );
    assert.deepEqual(account, { providerId: 'credential', hasPassword: true, passwordIsPlain: false });

    await assert.rejects(auth.api.signUpEmail({ body: { email, password, name: 'Ada again' } }));
    await assert.rejects(auth.api.signInEmail({ body: { email, password: 'wrong password, long enough' } }));

    const response = await auth.api.signInEmail({ body: { email, password }, asResponse: true });
    assert.equal(response.status, 200);
    const body = (await response.json()) as { token: string; user: { id: string } };
    assert.equal(body.user.id, signedUp.user.id);
    const setCookie = response.headers.get('set-cookie') ?? '';
    const cookie = /(?:^|,\s*)(better-auth\.session_token=[^;]+)/.exec(setCookie)?.[1];
    assert.ok(cookie, `session cookie in ${setCookie}`);
    const sessionsOf = async (token: string) =>
      (await raw<{ n: number }>('MATCH (s:AuthSession {token: $token}) RETURN count(s) AS n', { token }))[0]!.n;
    assert.equal(await sessionsOf(body.token), 1);

    const headers = new Headers({ cookie });
    const session = await auth.api.getSession({ headers });
    assert.ok(session);
    assert.equal(session.user.email, email);
    assert.equal(session.session.token, body.token);
    assert.ok(session.session.expiresAt instanceof Date);
    assert.ok(session.session.expiresAt.getTime() > Date.now());

    await auth.api.signOut({ headers });
    assert.equal(await sessionsOf(body.token), 0);
    assert.equal(await auth.api.getSession({ headers }), null);
  });

  it('rate limits through AuthRateLimit nodes when rateLimit.storage is "database"', async () => {
    const limited = betterAuth({
      database: neo4jAdapter(),
      emailAndPassword: { enabled: true },
      secret: 'test-secret-at-least-32-characters-long!!',
      baseURL: 'http://localhost:3000',
      rateLimit: { enabled: true, storage: 'database', customRules: { '/sign-in/email': { window: 60, max: 2 } } },
    });
    const attempt = () =>
      limited.handler(
        new Request('http://localhost:3000/api/auth/sign-in/email', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            origin: 'http://localhost:3000',
            'x-forwarded-for': '203.0.113.9',
          },
          body: JSON.stringify({ email, password: 'wrong password, long enough' }),
        }),
      );
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await attempt()).status);
    assert.deepEqual(statuses, [401, 401, 429]);
    const counters = await raw<{ key: string; count: number }>(
      'MATCH (r:AuthRateLimit) WHERE r.key CONTAINS $ip RETURN r.key AS key, r.count AS count',
      { ip: '203.0.113.9' },
    );
    assert.equal(counters.length, 1, JSON.stringify(counters));
    assert.equal(counters[0]!.count, 2);
  });
});
