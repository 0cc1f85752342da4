// npm run verify:file -- <in.jsonl> [--out <out.jsonl>|-] [--concurrency N] [--timeout-s S]
// Runs each line's tests against its code in the sandbox; one result line per input line, written as it finishes.
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { formatCount, progressBar } from '../lib/cli/progress';
import { runCli } from '../lib/cli/run';
import { AppError } from '../lib/domain/errors';
import { countLines } from '../lib/graph/ingest-file';
import { closeSandbox, openSandbox, sandboxStatus } from '../lib/sandbox/index';
import { DEFAULT_LIMITS } from '../lib/sandbox/types';
import { fileLines, verifyLines, VerifySummary, type VerifyRecord } from '../lib/verification/file';

const USAGE = 'usage: npm run verify:file -- <in.jsonl> [--out <out.jsonl>|-] [--concurrency N] [--timeout-s S]';

const optionsSchema = z.object({
  concurrency: z.coerce
    .number({ error: 'must be a number' })
    .int('must be an integer')
    .min(1, 'must be at least 1')
    .max(256, 'must be at most 256')
    .default(availableParallelism()),
  timeoutS: z.coerce
    .number({ error: 'must be a number' })
    .positive('must be above 0')
    .max(3_600, 'must be at most 3600')
    .default(DEFAULT_LIMITS.wallS),
});

/** --out, else stdout when it is a pipe or a file, else `<in>.verified.jsonl` beside the input (never a terminal full of JSON). */
function destination(input: string, out: string | undefined): string | null {
  if (out === '-') return null;
  if (out !== undefined) return out;
  if (!process.stdout.isTTY) return null;
  return path.join(path.dirname(input), `${path.basename(input).replace(/\.jsonl?$/i, '')}.verified.jsonl`);
}

async function writeLine(out: Writable, record: VerifyRecord): Promise<void> {
  if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
}

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      concurrency: { type: 'string' },
      'timeout-s': { type: 'string' },
    },
  });
  const input = positionals[0];
  if (!input || positionals.length > 1) throw new AppError(USAGE);
  if (!existsSync(input) || !statSync(input).isFile()) throw new AppError(`No such file: ${input}`);
  const parsed = optionsSchema.safeParse({ concurrency: values.concurrency, timeoutS: values['timeout-s'] });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError(`--${issue.path[0] === 'timeoutS' ? 'timeout-s' : 'concurrency'} ${issue.message}\n${USAGE}`);
  }
  const { timeoutS } = parsed.data;
  // More attempts than the sandbox's slots would only queue inside its fork server, where the Node side's
  // backstop clock of a waiting attempt already runs.
  const slots = openSandbox().config.slots;
  const concurrency = Math.min(parsed.data.concurrency, slots);
  if (concurrency < parsed.data.concurrency)
    console.error(
      `--concurrency ${parsed.data.concurrency} is above the sandbox's ${slots} slots: running ${concurrency} at a time (raise SANDBOX_SLOTS for more).`,
    );
  const outPath = destination(input, values.out);
  if (outPath && path.resolve(outPath) === path.resolve(input))
    throw new AppError(`--out must not be the input file (${input})`);

  const status = sandboxStatus();
  if (!status.available)
    throw new AppError(`The sandbox cannot run here: ${status.problem}\nFix: ${status.fix}. Nothing was run.`);

  if (status.warning) console.error(status.warning);
  const out: Writable = outPath ? createWriteStream(outPath) : process.stdout;
  const controller = new AbortController();
  const interrupt = () => {
    if (controller.signal.aborted) process.exit(130);
    console.error('\nCancelling the running attempts (Ctrl-C again to quit at once)…');
    controller.abort();
  };
  process.on('SIGINT', interrupt);

  console.error(
    `Verifying ${input} in the sandbox (${status.fingerprint}), ${concurrency} at a time, ${timeoutS} s per attempt → ${outPath ?? 'stdout'}`,
  );
  const bar = progressBar('verify', await countLines(input), 'lines');
  const summary = new VerifySummary();
  const invalid: string[] = [];
  const started = performance.now();
  let done = 0;
  try {
    const records = verifyLines(fileLines(input), {
      run: (task) => openSandbox().run(task),
      concurrency,
      limits: { wallS: timeoutS, cpuS: timeoutS },
      signal: controller.signal,
    });
    for await (const record of records) {
      summary.add(record);
      done += 1;
      // A cancelled attempt did not finish: it is not written, so a re-run can pick it up.
      if (record.status === 'cancelled') continue;
      if (record.status === 'invalid_input') {
        const where = `line ${record.line}${record.id === null ? '' : ` (id ${JSON.stringify(record.id)})`}`;
        invalid.push(`${where}: ${record.message}`);
        if (!process.stderr.isTTY) console.error(`Invalid input, ${where}: ${record.message}`);
      }
      await writeLine(out, record);
      const seconds = (performance.now() - started) / 1000;
      bar.update(done, {
        detail: `${summary.count('passed')} passed, ${done - summary.count('passed')} other, ${(summary.attempts / seconds).toFixed(1)}/s`,
      });
    }
  } finally {
    bar.stop();
    process.off('SIGINT', interrupt);
    if (outPath) {
      out.end();
      await finished(out);
    }
    await closeSandbox();
  }

  const seconds = (performance.now() - started) / 1000;
  if (invalid.length > 0 && process.stderr.isTTY) {
    console.error(`\nInvalid input lines (written as status "invalid_input"):`);
    for (const line of invalid.slice(0, 50)) console.error(`  ${line}`);
    if (invalid.length > 50) console.error(`  … and ${invalid.length - 50} more`);
  }
  console.error(
    `\n${controller.signal.aborted ? 'Cancelled after' : 'Verified'} ${formatCount(done)} line(s) of ${input} in ${seconds.toFixed(1)} s ` +
      `(${(summary.attempts / Math.max(seconds, 1e-3)).toFixed(1)} attempts/s)${outPath ? ` → ${outPath}` : ''}`,
  );
  console.error(`  ${summary.describe() || 'no lines'}`);
  if (controller.signal.aborted) {
    console.error(
      `  interrupted: ${formatCount(summary.count('cancelled'))} running attempt(s) cancelled and not written; unread lines were not started`,
    );
    return 130;
  }
  return invalid.length > 0 ? 1 : 0;
});
