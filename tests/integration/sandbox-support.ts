import { spawnSync } from 'node:child_process';
import { openSandbox } from '@/lib/sandbox';
import type { AttemptOutcome, SandboxLimits } from '@/lib/sandbox/types';

/** Python source from an indented template literal (common leading whitespace removed). */
export function py(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce((acc, part, i) => acc + part + (i < values.length ? String(values[i]) : ''), '');
  const lines = text.replace(/^\n/, '').split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return `${lines
    .map((l) => l.slice(cut))
    .join('\n')
    .trimEnd()}\n`;
}

export const SOLUTION_F = py`
  def f(x):
      return x + 1
`;
/** Fails unless something forges a pass. */
export const FAILING_TESTS = py`
  from solution import f

  def test_f():
      assert f(1) == 3
`;

export function run(
  solution: string,
  tests: string,
  limits: Partial<SandboxLimits> = {},
  signal?: AbortSignal,
): Promise<AttemptOutcome> {
  return openSandbox().run({ solution, tests, limits: { wallS: 8, ...limits }, ...(signal ? { signal } : {}) });
}

/** A readable assertion message: the outcome without its (possibly long) output. */
export function describeOutcome(outcome: AttemptOutcome): string {
  return JSON.stringify({ ...outcome, output: outcome.output.slice(-3000) }, null, 1);
}

interface HostProcess {
  pid: number;
  ppid: number;
  uid: number;
  comm: string;
}

export function hostProcesses(): HostProcess[] {
  const ps = spawnSync('ps', ['-eo', 'pid=,ppid=,uid=,comm='], { encoding: 'utf8' });
  return ps.stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields.length >= 4)
    .map(([pid, ppid, uid, ...comm]) => ({
      pid: Number(pid),
      ppid: Number(ppid),
      uid: Number(uid),
      comm: comm.join(' '),
    }));
}

function ancestry(process: HostProcess, byPid: Map<number, HostProcess>): HostProcess[] {
  const chain: HostProcess[] = [];
  for (let p = byPid.get(process.ppid); p && chain.length < 100; p = byPid.get(p.ppid)) chain.push(p);
  return chain;
}

/**
 * Processes running as an attempt's uid (200000–200999) that belong to this test process's sandbox or
 * to no sandbox at all (escaped); attempts of other checkouts' sandboxes on this machine are ignored.
 */
export function attemptProcesses(): HostProcess[] {
  const all = hostProcesses();
  const byPid = new Map(all.map((p) => [p.pid, p]));
  return all.filter((p) => {
    if (p.uid < 200_000 || p.uid > 200_999) return false;
    const chain = ancestry(p, byPid);
    return chain.some((a) => a.pid === process.pid) || !chain.some((a) => a.comm === 'bwrap');
  });
}

/** This process's descendants (the sandbox's bwrap, fork servers, supervisors, attempts). */
export function descendants(): HostProcess[] {
  const all = hostProcesses();
  const byPid = new Map(all.map((p) => [p.pid, p]));
  return all.filter((p) => p.pid !== process.pid && ancestry(p, byPid).some((a) => a.pid === process.pid));
}

/** Polls `condition` until it holds or the deadline passes; returns whether it held. */
export async function waitFor(condition: () => boolean, timeoutMs: number, everyMs = 20): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (condition()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** Files named `name` under `roots` (node_modules and .git skipped). */
export function findByName(name: string, roots: string[]): string[] {
  const found = spawnSync(
    'find',
    [
      ...roots,
      '-xdev',
      '(',
      '-name',
      'node_modules',
      '-o',
      '-name',
      '.git',
      ')',
      '-prune',
      '-o',
      '-name',
      name,
      '-print',
    ],
    { encoding: 'utf8' },
  );
  return found.stdout.split('\n').filter(Boolean);
}

/** Start and end (epoch seconds) an attempt printed as "window <start> <end>". */
export function windowOf(outcome: AttemptOutcome): [number, number] {
  const match = /window ([\d.]+) ([\d.]+)/.exec(outcome.output);
  if (!match) throw new Error(`no window in the output: ${outcome.output.slice(-500)}`);
  return [Number(match[1]), Number(match[2])];
}
