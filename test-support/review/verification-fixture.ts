// Verification results in exactly the shape of lib/synthesis/MODEL.md ("Verification"), for fixture problems:
// a fixed cycle of ten outcomes (every difficulty, passes with several coverages, a failing assertion with its
// pytest detail and output, an error, a timeout, a missing package, no tests), one of them unsandboxed.
// Pure, so the tests can compute the expected numbers from the same specs independently of any query.
import {
  difficultyOf,
  keptAttemptIndex,
  overallStatus,
  type AttemptStatus,
  type Difficulty,
} from '@/lib/domain/verification';

export const FIXTURE_FINGERPRINT = 'cpython-3.11.2+lock:0123456789ab';
export const FIXTURE_ATTEMPTS = 4;
/** The index (in the cycle) of the one result that ran without the sandbox. */
export const UNSANDBOXED_INDEX = 5;
/** The failing assertion of the fixture's `failed` problems, as the harness reports it. */
export const FAILING_ASSERTION = "AssertionError: assert {'a': [3]} == {'a': [1]}";

interface OutcomeSpec {
  /** Status of a non-passing attempt. */
  failing: AttemptStatus;
  /** Passing attempts of k (scaled to k when k differs from FIXTURE_ATTEMPTS). */
  passed: number;
  /** Coverage of the best passing attempt, in twentieths. */
  covered: number;
}

// Ten outcomes; with k = 4 they give easy 3, medium 2, hard 1, fail 4.
const CYCLE: OutcomeSpec[] = [
  { failing: 'failed', passed: 4, covered: 19 },
  { failing: 'failed', passed: 3, covered: 18 },
  { failing: 'failed', passed: 2, covered: 18 },
  { failing: 'failed', passed: 1, covered: 12 },
  { failing: 'failed', passed: 0, covered: 0 },
  { failing: 'failed', passed: 4, covered: 17 },
  { failing: 'failed', passed: 2, covered: 20 },
  { failing: 'error', passed: 0, covered: 0 },
  { failing: 'timeout', passed: 0, covered: 0 },
  { failing: 'no_tests', passed: 0, covered: 0 },
];
export const CYCLE_LENGTH = CYCLE.length;

export type FixtureVerificationProps = Record<string, string | number | boolean | null>;

export interface FixtureVerification {
  status: AttemptStatus;
  passed: number;
  attempts: number;
  difficulty: Difficulty;
  coverage: number | null;
  unsandboxed: boolean;
  props: FixtureVerificationProps;
}

const functionName = (code: string) => /def (\w+)\(/.exec(code)?.[1] ?? 'solve';

function testFile(fn: string): string {
  return [
    `from solution import ${fn}`,
    '',
    '',
    'def test_counts_every_record():',
    `    assert ${fn}([{'category': 'a', 'value': 1}, {'value': 2}])['count'] == 2`,
    '',
    '',
    'def test_missing_category_is_reported():',
    `    assert ${fn}([{'value': 2}])['issues'] == ['row 0: no category']`,
    '',
    '',
    'def test_groups_are_normalized():',
    `    result = ${fn}([{'category': ' A ', 'value': 1}])`,
    "    assert result['groups'] == {'a': [1]}",
    '',
  ].join('\n');
}

const TEST_IDS = ['test_counts_every_record', 'test_missing_category_is_reported', 'test_groups_are_normalized'].map(
  (name) => `test_solution.py::${name}`,
);

function attemptRun(status: AttemptStatus, fn: string, seed: number) {
  const ms = 3 + (seed % 5);
  const passedAll = TEST_IDS.map((id) => ({ id, outcome: 'passed', message: '', detail: '', ms }));
  switch (status) {
    case 'passed':
      return {
        message: '',
        counts: { passed: 3, failed: 0, total: 3 },
        results: passedAll,
        output: `${TEST_IDS.map((id) => `${id} PASSED`).join('\n')}\n\n3 passed in 0.0${ms}s\n`,
      };
    case 'failed': {
      const detail = [
        '    def test_groups_are_normalized():',
        `        result = ${fn}([{'category': ' A ', 'value': 1}])`,
        ">       assert result['groups'] == {'a': [1]}",
        `E       ${FAILING_ASSERTION}`,
        '',
        'test_solution.py:13: AssertionError',
      ].join('\n');
      return {
        message: FAILING_ASSERTION,
        counts: { passed: 2, failed: 1, total: 3 },
        results: [
          passedAll[0]!,
          passedAll[1]!,
          { id: TEST_IDS[2]!, outcome: 'failed', message: FAILING_ASSERTION, detail, ms },
        ],
        output: [
          `${TEST_IDS[0]} PASSED`,
          `${TEST_IDS[1]} PASSED`,
          `${TEST_IDS[2]} FAILED`,
          '',
          'debug: grouping 1 record(s) with multiplier 3',
          `FAILED ${TEST_IDS[2]} - ${FAILING_ASSERTION}`,
          `1 failed, 2 passed in 0.0${ms}s`,
          '',
        ].join('\n'),
      };
    }
    case 'error': {
      const message = "NameError: name 'defaultdict' is not defined";
      return {
        message,
        counts: { passed: 0, failed: 3, total: 3 },
        results: TEST_IDS.map((id) => ({
          id,
          outcome: 'failed',
          message,
          detail: `solution.py:4: in ${fn}\n    groups = defaultdict(list)\nE   ${message}`,
          ms,
        })),
        output: `${TEST_IDS.map((id) => `${id} FAILED`).join('\n')}\n3 failed in 0.05s\n`,
      };
    }
    case 'timeout':
      return {
        message: 'the attempt ran past its wall-clock limit of 10 s; its process tree was killed',
        counts: { passed: 0, failed: 0, total: 3 },
        results: [],
        output: `${TEST_IDS[0]} `,
      };
    default:
      return {
        message: 'the test file collects no test',
        counts: { passed: 0, failed: 0, total: 0 },
        results: [],
        output: 'no tests ran in 0.01s\n',
      };
  }
}

/**
 * The verification of the fixture problem at `index` (its answer `answerCode`) with k attempts: which attempts
 * pass follows the cycle, the kept attempt and difficulty come from lib/domain/verification as the verifier does.
 */
export function fixtureVerification(
  index: number,
  answerCode: string,
  options: { attempts?: number; now?: number; worker?: string } = {},
): FixtureVerification {
  const k = options.attempts ?? FIXTURE_ATTEMPTS;
  const spec = CYCLE[index % CYCLE.length]!;
  const passing = Math.round((spec.passed * k) / FIXTURE_ATTEMPTS);
  const fn = functionName(answerCode);
  const tests = testFile(fn);
  const attempts = Array.from({ length: k }, (_, j) => {
    // Attempts (j + index) mod k below `passing` pass, so the passing ones move around between problems.
    const status: AttemptStatus = (j + index) % k < passing ? 'passed' : spec.failing;
    const covered = status === 'passed' ? Math.max(1, spec.covered - 2 * ((j + index) % k)) : 0;
    const solution = j === 0 ? answerCode : `${answerCode}\n# attempt ${j}: written by the solver model\n`;
    return {
      index: j,
      role: j === 0 ? 'reference' : 'attempt',
      solution,
      tests: j === 0 ? tests : tests.replace('def test_counts', `# attempt ${j}\ndef test_counts`),
      status,
      ...attemptRun(status, fn, index + j),
      coverage: status === 'passed' ? { lines: 20, covered, ratio: covered / 20 } : null,
      durationMs: 180 + ((index * 37 + j * 11) % 200) + 0.5,
      model: j === 0 ? null : 'scogen-stub',
      promptHash: j === 0 ? null : 'stubverifyhash',
    };
  });
  const summaries = attempts.map((a) => ({ status: a.status, coverage: a.coverage?.ratio ?? null }));
  const kept = keptAttemptIndex(summaries);
  const status = overallStatus(summaries);
  const coverage = kept >= 0 ? (attempts[kept]!.coverage?.ratio ?? null) : null;
  const difficulty = difficultyOf(passing, k);
  const unsandboxed = index === UNSANDBOXED_INDEX;
  const worker = options.worker ?? 'fixture-verifier';
  return {
    status,
    passed: passing,
    attempts: k,
    difficulty,
    coverage,
    unsandboxed,
    props: {
      verifyStatus: status,
      verifyAttempts: k,
      verifyPassed: passing,
      passRate: passing / k,
      difficulty,
      coverage,
      keptAttempt: kept,
      tests: attempts[Math.max(0, kept)]!.tests,
      referenceCode: answerCode,
      answerCode: attempts[Math.max(0, kept)]!.solution,
      verifyFingerprint: FIXTURE_FINGERPRINT,
      unsandboxed,
      verifiedAt: (options.now ?? 0) + 60_000 + index,
      verifyWorker: worker,
      verification: JSON.stringify({ attempts, fingerprint: FIXTURE_FINGERPRINT, unsandboxed, worker, k }),
    },
  };
}
