// The function scan against the real sandbox and Neo4j: what is stored, why functions are dropped, re-scans.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { GET as documentRoute } from '@/app/api/documents/[id]/route';
import { GET as functionsRoute } from '@/app/api/functions/route';
import { POST as scanRoute } from '@/app/api/functions/scan/route';
import { closeDriver } from '@/lib/db/driver';
import {
  functionByKey,
  functionCounts,
  listFunctions,
  scanFunctions,
  type ScanSummary,
  type StoredFunction,
} from '@/lib/functions';
import { attachDocumentText } from '@/lib/graph/attach-documents';
import { ingestFile } from '@/lib/graph/ingest-file';
import { loadSample } from '@/lib/graph/sample-corpus';
import { closeSandbox, sandboxStatus } from '@/lib/sandbox';
import type { DocumentWithFunctions } from '@/components/shared/queries';
import { clearGraph, record, writeTempJsonl } from './helpers';
import { describeOutcome, py, run } from './sandbox-support';

const fence = (tag: string, code: string) => `\`\`\`${tag}\n${code}\`\`\``;

const ADD = py`
  SCALE = 10

  def add(a, b=1):
      """Adds and scales."""
      return (a + b) * SCALE
`;
const FETCH = py`
  import requests

  def fetch(url):
      return requests.get(url).json()
`;
const READ = py`
  def read_config(path):
      with open(path) as f:
          return f.read()
`;
const NOTEBOOK = py`
  %matplotlib inline
  import numpy as np

  def normalize(x):
      return (x - np.mean(x)) / np.std(x)

  def noisy(x):
      return x + np.random.randn(len(x))

  def show(df):
      df.describe()
`;
const NESTED = py`
  def outer(x):
      def inner(y):
          return y * 2
      return inner(x)

  def hyp(a, b):
      return math.hypot(a, b)
`;
const TYPED = py`
  class Rec(TypedDict):
      qty: int

  def total(rec: Rec) -> float:
      return rec["qty"] * 2.5
`;
const SQUARE = py`
  def square(n):
      return n * n
`;

const documents = {
  'fn-so': {
    id: 'fn-so',
    source: 'stackoverflow',
    title: 'Adding numbers',
    body: `How do I add?\n\n${fence('python', ADD)}\n\nAnd this does not parse:\n\n${fence('python', 'def broken(:\n    pass\n')}`,
    answers: [
      `Fetch it:\n\n${fence('py', FETCH)}\n\nOr read it:\n\n${fence('python', READ)}`,
      `Same as the question:\n\n${fence('python', ADD)}\n\nShell, not Python:\n\n${fence('', '$ pip install foo\n')}\n\n${fence('sql', 'SELECT 1;\n')}\n\n${fence('python', TYPED)}`,
    ],
    url: 'https://stackoverflow.com/q/1',
  },
  'fn-kg': {
    id: 'fn-kg',
    source: 'kaggle',
    title: 'A notebook',
    body: `Cells:\n\n${fence('python', NOTEBOOK)}\n\n${fence('python', NESTED)}\n\n${fence('', SQUARE)}`,
  },
  'fn-none': { id: 'fn-none', source: 'other', title: 'No code', body: 'Just prose.' },
};

async function ingest(docs: object[]): Promise<void> {
  const records = Object.keys(documents).map((id) => record(id));
  await ingestFile(writeTempJsonl(records));
  const attached = await attachDocumentText(writeTempJsonl(docs));
  assert.equal(attached.bad.length, 0, JSON.stringify(attached.bad));
}

const COUNTS = {
  documents: 3,
  // fn-so: add, broken, fetch, read, add again, typed; fn-kg: notebook, nested, untagged square. The shell block is
  // untagged and does not parse (skipped); the SQL block is not a candidate.
  blocks: 9,
  unparsed: 1,
  untaggedSkipped: 1,
  functions: 10,
  eligible: 6,
  nested: 1,
  reasons: [
    'it calls',
    'it draws random numbers',
    'it imports what the sandbox lacks',
    'it reads or writes files or the clock',
    'it returns no value',
    'it uses I/O, time or randomness modules',
  ].map((reason) => ({ reason, functions: 1 })),
};

const byName = (functions: StoredFunction[]) => new Map(functions.map((f) => [f.name, f]));

after(async () => {
  await closeSandbox();
  await closeDriver();
});

before(async () => {
  assert.ok(sandboxStatus().available, `the sandbox must run for these tests: ${sandboxStatus().problem}`);
  await clearGraph();
  await ingest(Object.values(documents));
});

describe('function scan', () => {
  let first: StoredFunction[] = [];

  it('stores every top-level function with its eligibility and problems, and counts the rest', async () => {
    const summary = await scanFunctions({ chunkBlocks: 3 });
    assert.deepEqual({ ...summary, seconds: 0 }, { ...COUNTS, removed: 0, seconds: 0 });
    first = await listFunctions();
    const so = byName(first.filter((f) => f.docId === 'fn-so'));
    const kg = byName(first.filter((f) => f.docId === 'fn-kg'));
    assert.deepEqual(
      [...so.keys()],
      ['add', 'fetch', 'read_config', 'total'],
      'add is stored once though quoted twice',
    );
    assert.deepEqual([...kg.keys()], ['normalize', 'noisy', 'show', 'outer', 'hyp', 'square']);

    const add = so.get('add')!;
    assert.equal(add.eligible, true);
    assert.deepEqual(add.problems, []);
    assert.equal(add.signature, 'def add(a, b=1)');
    assert.deepEqual(add.params, [
      { name: 'a', annotation: null },
      { name: 'b', annotation: null },
    ]);
    assert.equal(add.docstring, 'Adds and scales.');
    assert.equal(add.source, ADD.replace('\n\ndef', '\n\n\ndef'));
    assert.match(add.hash, /^[0-9a-f]{64}$/);
    assert.equal(add.key, `fn-so:${add.hash.slice(0, 16)}`);
    assert.deepEqual([add.part, add.block, add.line], ['body', 0, 3]);

    const fetch = so.get('fetch')!;
    assert.equal(fetch.eligible, false);
    assert.deepEqual(fetch.problems, [
      'it imports what the sandbox lacks: requests',
      'it uses I/O, time or randomness modules: requests',
    ]);
    assert.deepEqual([fetch.part, fetch.modules], ['answer 1', ['requests']]);
    assert.deepEqual(so.get('read_config')!.problems, [
      'it calls open',
      'it reads or writes files or the clock: .read',
    ]);

    assert.equal(
      so.get('total')!.source,
      'from __future__ import annotations\n\n\ndef total(rec: Rec) -> float:\n    return rec["qty"] * 2.5\n',
      'a hint naming a class of the snippet is left unevaluated',
    );
    assert.equal(so.get('total')!.eligible, true);
    assert.equal(kg.get('normalize')!.eligible, true, 'the %matplotlib line is no obstacle');
    assert.deepEqual(kg.get('normalize')!.modules, ['numpy']);
    assert.match(kg.get('normalize')!.source, /^import numpy as np\n/);
    assert.deepEqual(kg.get('show')!.problems, ['it returns no value']);
    assert.deepEqual(kg.get('noisy')!.problems, ['it draws random numbers: .randn, np.random']);
    assert.equal(kg.get('hyp')!.eligible, true, 'math is imported by convention');
    assert.equal(kg.get('hyp')!.source, 'import math\n\n\ndef hyp(a, b):\n    return math.hypot(a, b)\n');
    assert.equal(kg.get('outer')!.eligible, true, 'a function with an inner def is itself top-level');
    assert.equal(kg.get('square')!.eligible, true, 'an untagged block that parses counts');
    await assertRunnableAlone(first);
  });

  it('reads back the same counts, one function with its document, and the document view', async () => {
    assert.deepEqual(await functionCounts(), COUNTS);
    const add = first.find((f) => f.name === 'add')!;
    assert.deepEqual(await functionByKey(add.key), {
      ...add,
      document: { id: 'fn-so', title: 'Title of fn-so', source: 'stackoverflow', url: 'https://stackoverflow.com/q/1' },
    });
    const square = first.find((f) => f.name === 'square')!;
    assert.equal((await functionByKey(square.key))!.document.url, null);
    assert.equal(await functionByKey('nope'), null);
    assert.deepEqual(
      (await listFunctions({ eligibleOnly: true })).map((f) => f.name),
      ['normalize', 'outer', 'hyp', 'square', 'add', 'total'],
    );
    assert.deepEqual(
      (await listFunctions({ docId: 'fn-kg', limit: 2 })).map((f) => f.name),
      ['normalize', 'noisy'],
    );

    const response = await documentRoute(new Request('http://localhost/api/documents/fn-kg'), {
      params: Promise.resolve({ id: 'fn-kg' }),
    });
    const view = (await response.json()) as DocumentWithFunctions;
    assert.equal(view.functions.total, 6);
    assert.equal(view.functions.eligible, 4);
    assert.deepEqual(
      view.functions.functions.find((f) => f.name === 'show'),
      {
        key: first.find((f) => f.name === 'show')!.key,
        name: 'show',
        signature: 'def show(df)',
        eligible: false,
        problems: ['it returns no value'],
        part: 'body',
        // No Case2Code batch ran over these documents: no task was made from it.
        taskCount: 0,
        tasks: [],
      },
    );
    const listed = await functionsRoute(new Request('http://localhost/api/functions?doc=fn-so&eligible=1'));
    const body = (await listed.json()) as { functions: StoredFunction[] };
    assert.deepEqual(
      body.functions.map((f) => f.name),
      ['add', 'total'],
    );
  });

  it('re-scans idempotently, and drops the stale function of an edited document', async () => {
    const response = await scanRoute(new Request('http://localhost/api/functions/scan', { method: 'POST' }));
    assert.equal(response.status, 200);
    const again = (await response.json()) as ScanSummary;
    assert.equal(again.functions, COUNTS.functions);
    assert.equal(again.removed, 0);
    const second = await listFunctions();
    assert.deepEqual(
      second.map((f) => f.key),
      first.map((f) => f.key),
    );
    for (const fn of second)
      assert.ok(Date.parse(fn.scannedAt) > Date.parse(first[0]!.scannedAt), `the re-scan saw ${fn.name} again`);

    const edited = py`
      def square(n):
          return n ** 2
    `;
    await ingest([
      { ...documents['fn-kg'], body: documents['fn-kg'].body.replace(SQUARE, edited) },
      documents['fn-so'],
      documents['fn-none'],
    ]);
    const third = await scanFunctions();
    assert.equal(third.removed, 1);
    assert.equal(third.functions, 10);
    const now = await listFunctions({ docId: 'fn-kg' });
    const oldSquare = first.find((f) => f.name === 'square')!;
    const newSquare = now.find((f) => f.name === 'square')!;
    assert.notEqual(newSquare.key, oldSquare.key);
    assert.equal(newSquare.source, edited);
    assert.equal(await functionByKey(oldSquare.key), null, 'the stale node is gone');
    assert.equal(now.length, 6);
  });
});

/** Fails unless every eligible function's stored source runs on its own (imported alone in the sandbox). */
async function assertRunnableAlone(functions: StoredFunction[]): Promise<void> {
  for (const fn of functions.filter((f) => f.eligible)) {
    const outcome = await run(
      fn.source,
      `from solution import ${fn.name}\n\ndef test_callable():\n    assert callable(${fn.name})\n`,
    );
    assert.equal(outcome.status, 'passed', `${fn.key} ${fn.name}: ${describeOutcome(outcome)}`);
  }
}

describe('function scan of the bundled sample corpus', () => {
  it('reads back what the scan reported, and every eligible function runs on its own', async () => {
    await clearGraph();
    await loadSample();
    const { removed, seconds, ...summary } = await scanFunctions();
    assert.equal(removed, 0);
    assert.ok(seconds > 0);
    assert.deepEqual(await functionCounts(), summary);
    assert.ok(summary.eligible > 0, 'the sample has candidates');
    await assertRunnableAlone(await listFunctions({ eligibleOnly: true }));
  });
});
