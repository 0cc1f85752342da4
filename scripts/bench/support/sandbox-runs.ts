// Helpers shared by the sandbox benches (bench:verify, bench:examples): a concurrency pool, a bare
// bubblewrap start with the fork server's own flags, and the machine's load average.
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { AppError } from '../../../lib/domain/errors';
import { serverArgs } from '../../../lib/sandbox/bwrap-args';
import { HARNESS_DIR } from '../../../lib/sandbox/sandbox';

export interface Rate {
  perSecond: number;
  latencies: number[];
}

/** Runs `items` through `one` with `concurrency` in flight; items/s over the whole run and each one's latency (ms). */
export async function pool<T>(
  items: readonly T[],
  concurrency: number,
  one: (item: T) => Promise<void>,
): Promise<Rate> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const item = items[next++]!;
        const t0 = performance.now();
        await one(item);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { perSecond: items.length / ((performance.now() - started) / 1000), latencies };
}

export function exec(command: string, args: string[], cwd?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: 'ignore', env: process.env });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/** bwrap with the fork server's own flags, running `python <flags> -c <code>` instead of the fork server. */
export function bareBwrap(bwrap: string, venvDir: string, code: string, flags: readonly string[] = []) {
  const args = serverArgs({ bwrap, venvDir, harnessDir: HARNESS_DIR }, 1, false);
  const command = [...args.slice(0, args.indexOf('/env/bin/python')), '/env/bin/python', ...flags, '-c', code];
  return async () => {
    const status = await exec(bwrap, command);
    if (status !== 0) throw new AppError(`bwrap … python -c ${JSON.stringify(code)} exited with ${status}`);
  };
}

/** The 1, 5 and 15 minute load averages, as printed by uptime. */
export const loadAverage = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');
