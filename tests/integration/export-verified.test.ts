import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { GET as exportRoute } from '@/app/api/export/route';
import type { ApiError } from '@/lib/api/respond';
import { closeDriver } from '@/lib/db/driver';
import { loadSample } from '@/lib/graph/sample-corpus';
import type { FixtureProblem } from '@/test-support/review/fixture';
import { seedFixtureBatch } from '@/test-support/review/seed-fixture-batch';
import { setProblemProps } from '@/test-support/review/set-verification';
import { clearGraph } from './helpers';

// Problems carrying the verification properties of lib/synthesis/MODEL.md, written directly: one passed,
// one failed, one whose sandbox was unavailable (no tests), one never verified.

const BATCH = 'ev';
const FINGERPRINT = 'cpython-3.11.2+lock:abcdefabcdef';
const KEPT = 'def f(xs):\n    return sorted(xs)\n';
const REFERENCE = 'def f(xs):\n    return list(xs)\n';
const TESTS_0 = 'from solution import f\n\ndef test_sorted():\n    assert f([2, 1]) == [1, 2]\n';
const TESTS_1 = 'from solution import f\n\ndef test_empty():\n    assert f([]) == []\n';

function attempt(index: number, status: string, solution: string, tests: string, coverage: number | null) {
  return {
    index,
    role: index === 0 ? 'reference' : 'attempt',
    solution,
    tests,
    status,
    message: status === 'passed' ? '' : 'test_solution.py::test_sorted failed: assert [2, 1] == [1, 2]',
    counts: { passed: status === 'passed' ? 1 : 0, failed: status === 'passed' ? 0 : 1, total: 1 },
    results: [
      {
        id: 'test_solution.py::test_sorted',
        outcome: status === 'passed' ? 'passed' : 'failed',
        message: '',
        detail: '',
        ms: 0.4,
      },
    ],
    coverage: coverage === null ? null : { lines: 2, covered: 2, ratio: coverage },
    output: 'x'.repeat(500),
    durationMs: 61.5,
    model: 'scogen-stub',
    promptHash: 'abc123',
  };
}

const ATTEMPTS_0 = [
  attempt(0, 'failed', REFERENCE, TESTS_0, null),
  attempt(1, 'passed', KEPT, TESTS_0, 0.9),
  attempt(2, 'passed', KEPT, TESTS_0, 0.8),
];

let problems: FixtureProblem[] = [];
const key = (i: number) => `${BATCH}/${i}`;
const question = (i: number) =>
  `# ${String(problems[i]!.props.title)}\n\n${String(problems[i]!.props.statement).trim()}`;

after(closeDriver);

before(async () => {
  await clearGraph();
  await loadSample();
  problems = await seedFixtureBatch(BATCH, 4, { scenarios: 2, now: 3_000_000 });
  const approved = { status: 'approved', reviewer: 'Ada', reviewedAt: 3_100_000 };
  const matched = await setProblemProps([
    {
      key: key(0),
      props: {
        ...approved,
        answerCode: KEPT,
        referenceCode: REFERENCE,
        tests: TESTS_0,
        verifyStatus: 'passed',
        verifyAttempts: 3,
        verifyPassed: 2,
        passRate: 2 / 3,
        difficulty: 'easy',
        coverage: 0.9,
        keptAttempt: 1,
        verifyFingerprint: FINGERPRINT,
        unsandboxed: false,
        verifiedAt: 3_050_000,
        verifyWorker: 'runner-1',
        verification: JSON.stringify({
          attempts: ATTEMPTS_0,
          fingerprint: FINGERPRINT,
          unsandboxed: false,
          worker: 'runner-1',
          k: 3,
        }),
      },
    },
    {
      key: key(1),
      props: {
        ...approved,
        tests: TESTS_1,
        verifyStatus: 'failed',
        verifyAttempts: 1,
        verifyPassed: 0,
        passRate: 0,
        difficulty: 'fail',
        keptAttempt: -1,
        verifyFingerprint: FINGERPRINT,
        unsandboxed: false,
        verifiedAt: 3_060_000,
        verification: JSON.stringify({ attempts: [attempt(0, 'failed', REFERENCE, TESTS_1, null)], k: 1 }),
      },
    },
    {
      key: key(2),
      props: {
        ...approved,
        verifyStatus: 'sandbox_unavailable',
        verifyAttempts: 1,
        verifyPassed: 0,
        passRate: 0,
        difficulty: 'fail',
        keptAttempt: -1,
        verifyFingerprint: 'none',
        unsandboxed: false,
        verification: JSON.stringify({ attempts: [], k: 1 }),
      },
    },
    { key: key(3), props: approved },
  ]);
  assert.equal(matched, 4);
});

async function exportText(query: string) {
  const response = await exportRoute(new Request(`http://localhost/api/export?batch=${BATCH}&${query}`));
  return { status: response.status, headers: response.headers, text: await response.text() };
}

const parsed = (text: string) =>
  text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('export of verified problems', () => {
  it('triplet: question, kept solution and tests per problem with tests; the rest counted in a header', async () => {
    const { status, headers, text } = await exportText('format=triplet');
    assert.equal(status, 200);
    assert.equal(headers.get('x-skipped-without-tests'), '2');
    assert.match(headers.get('content-disposition') ?? '', /problems-approved-ev-triplet-/);
    assert.equal(
      text,
      [
        {
          question: question(0),
          solution: KEPT,
          tests: TESTS_0,
          id: key(0),
          difficulty: 'easy',
          passRate: 2 / 3,
          coverage: 0.9,
          kind: 'scenario',
        },
        {
          question: question(1),
          solution: String(problems[1]!.props.answerCode),
          tests: TESTS_1,
          id: key(1),
          difficulty: 'fail',
          passRate: 0,
          coverage: null,
          kind: 'scenario',
        },
      ]
        .map((line) => `${JSON.stringify(line)}\n`)
        .join(''),
    );
  });

  it('verified=1 keeps only problems whose verification passed, in every format', async () => {
    const triplet = await exportText('format=triplet&verified=1');
    assert.equal(triplet.headers.get('x-skipped-without-tests'), '0');
    assert.match(triplet.headers.get('content-disposition') ?? '', /problems-approved-verified-ev-triplet-/);
    assert.deepEqual(
      parsed(triplet.text).map((l) => l.id),
      [key(0)],
    );
    const sft = await exportText('format=sft&verified=1');
    assert.equal(
      sft.text,
      `${JSON.stringify({
        messages: [
          { role: 'user', content: question(0) },
          {
            role: 'assistant',
            content: `\`\`\`python\n${KEPT.trimEnd()}\n\`\`\`\n\n${String(problems[0]!.props.answerExplanation).trim()}`,
          },
        ],
        kind: 'scenario',
      })}\n`,
    );
    assert.deepEqual(
      parsed((await exportText('format=full&verified=1')).text).map((l) => l.key),
      [key(0)],
    );
    assert.equal(parsed((await exportText('format=sft')).text).length, 4, 'without the flag, all four');
  });

  it('full carries tests, attempts, pass rate, difficulty, coverage, fingerprint and the sandbox flag when present', async () => {
    const lines = parsed((await exportText('format=full')).text);
    assert.deepEqual(
      lines.map((l) => l.key),
      [0, 1, 2, 3].map(key),
    );
    const [passed, failed, unavailable, never] = lines as [
      Record<string, unknown>,
      Record<string, unknown>,
      Record<string, unknown>,
      Record<string, unknown>,
    ];
    const { output: _output, ...kept } = ATTEMPTS_0[1]!;
    assert.deepEqual(
      {
        tests: passed.tests,
        verifyStatus: passed.verifyStatus,
        passRate: passed.passRate,
        difficulty: passed.difficulty,
        coverage: passed.coverage,
        keptAttempt: passed.keptAttempt,
        verifyFingerprint: passed.verifyFingerprint,
        unsandboxed: passed.unsandboxed,
        verifiedAt: passed.verifiedAt,
        referenceCode: passed.referenceCode,
        answerCode: passed.answerCode,
      },
      {
        tests: TESTS_0,
        verifyStatus: 'passed',
        passRate: 2 / 3,
        difficulty: 'easy',
        coverage: 0.9,
        keptAttempt: 1,
        verifyFingerprint: FINGERPRINT,
        unsandboxed: false,
        verifiedAt: 3_050_000,
        referenceCode: REFERENCE,
        answerCode: KEPT,
      },
    );
    const attempts = passed.attempts as Array<Record<string, unknown>>;
    assert.equal(attempts.length, 3);
    assert.deepEqual(
      attempts.map((a) => [a.index, a.status, a.coverage]),
      [
        [0, 'failed', null],
        [1, 'passed', { lines: 2, covered: 2, ratio: 0.9 }],
        [2, 'passed', { lines: 2, covered: 2, ratio: 0.8 }],
      ],
    );
    assert.deepEqual(attempts[1], kept, 'an attempt is exported whole but for its raw output');

    assert.equal(failed.coverage, null);
    assert.equal(failed.difficulty, 'fail');
    assert.equal((failed.attempts as unknown[]).length, 1);
    assert.equal(unavailable.verifyStatus, 'sandbox_unavailable');
    assert.equal('tests' in unavailable, false);
    assert.deepEqual(unavailable.attempts, []);
    for (const field of ['tests', 'attempts', 'verifyStatus', 'passRate', 'difficulty', 'coverage', 'unsandboxed'])
      assert.equal(field in never, false, `a never-verified problem has no ${field}`);
  });

  it('the CLI: --format triplet --verified, and the count of problems skipped for having no tests', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'scogen-export-verified-'));
    const run = (args: string[]) =>
      promisify(execFile)(
        'node_modules/.bin/tsx',
        ['--conditions=react-server', 'scripts/export.ts', '--batch', BATCH, ...args],
        {
          env: process.env,
        },
      );
    const all = path.join(dir, 'all.jsonl');
    const everything = await run(['--format', 'triplet', '--out', all]);
    assert.equal(readFileSync(all, 'utf8'), (await exportText('format=triplet')).text);
    assert.match(everything.stderr, /Exported 2 approved problem\(s\) of batch ev as triplet JSONL/);
    assert.match(everything.stderr, /Skipped 2 problem\(s\) without tests/);

    const verified = path.join(dir, 'verified.jsonl');
    const some = await run(['--format', 'triplet', '--verified', '--out', verified]);
    assert.equal(readFileSync(verified, 'utf8'), (await exportText('format=triplet&verified=1')).text);
    assert.match(some.stderr, /Exported 1 verified approved problem\(s\)/);
    assert.match(some.stderr, /Skipped 0 problem\(s\) without tests/);
  });

  it('answers 400 naming the field for a bad verified or format value', async () => {
    const bad = await exportText('verified=maybe');
    assert.equal(bad.status, 400);
    assert.equal((JSON.parse(bad.text) as ApiError).field, 'verified');
    const format = await exportText('format=csv');
    assert.equal(format.status, 400);
    assert.match(format.text, /must be sft, full or triplet/);
  });
});
