// npm run export -- [--status approved|rejected|pending|all] [--format sft|full|triplet] [--batch <id>] [--verified] [--out <file>]
// Streams problems as JSONL (stdout unless --out): pages of problems are read and written as they go.
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { ZodError } from 'zod';
import { formatCount } from '../lib/cli/progress';
import { runCli } from '../lib/cli/run';
import { AppError } from '../lib/domain/errors';
import { exportLines, type ExportStats } from '../lib/review/export';
import { writeLines } from '../lib/review/export-file';
import { exportQuerySchema } from '../lib/review/schemas';

const USAGE =
  'usage: npm run export -- [--status approved|rejected|pending|all] [--format sft|full|triplet] [--batch <id>] [--verified] [--out <file>]';

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      status: { type: 'string' },
      format: { type: 'string' },
      batch: { type: 'string' },
      verified: { type: 'boolean', default: false },
      out: { type: 'string' },
    },
  });
  if (positionals.length > 0) throw new AppError(USAGE);
  let query;
  try {
    query = exportQuerySchema.parse({
      status: values.status,
      format: values.format,
      batch: values.batch,
      verified: values.verified,
    });
  } catch (error) {
    if (error instanceof ZodError)
      throw new AppError(`--${String(error.issues[0]?.path[0])} ${error.issues[0]?.message}\n${USAGE}`);
    throw error;
  }

  const started = performance.now();
  const out = values.out ? createWriteStream(values.out) : process.stdout;
  const stats: ExportStats = { skippedWithoutTests: 0 };
  const { rows, bytes } = await writeLines(exportLines(query, { stats }), out);
  if (values.out) {
    out.end();
    await finished(out);
  }
  const seconds = (performance.now() - started) / 1000;
  console.error(
    `Exported ${formatCount(rows)} ${query.verified ? 'verified ' : ''}${query.status === 'all' ? '' : `${query.status} `}problem(s)${query.batch ? ` of batch ${query.batch}` : ''} as ${query.format} JSONL ` +
      `(${formatCount(bytes / 1024)} kB) in ${seconds.toFixed(1)} s${values.out ? ` → ${values.out}` : ''}`,
  );
  if (query.format === 'triplet')
    console.error(`Skipped ${formatCount(stats.skippedWithoutTests)} problem(s) without tests (a triplet needs them).`);
});
