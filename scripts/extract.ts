// npm run extract -- <documents.jsonl> [--jaccard 0.8] [--concurrency N] [--limit N]
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatCount, progressBar } from '../lib/cli/progress';
import { runCli } from '../lib/cli/run';
import { applySchema } from '../lib/db/schema';
import { AppError } from '../lib/domain/errors';
import type { CurationSummary } from '../lib/extraction/curate';
import { curateFile } from '../lib/extraction/curate-file';
import { runExtraction, type ExtractionSummary } from '../lib/extraction/run';
import { llmConfig, missingModelMessage } from '../lib/llm/config';
import { probeEndpoint } from '../lib/llm/probe';

const USAGE = 'usage: npm run extract -- <documents.jsonl> [--jaccard 0.8] [--concurrency N] [--limit N]';

function numberOption(
  name: string,
  value: string | undefined,
  min: number,
  max: number,
  integer: boolean,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    throw new AppError(`--${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max} (got ${value})`);
  }
  return n;
}

function printCuration(file: string, c: CurationSummary): void {
  const t = c.thresholds;
  console.log(`\nCurated ${file}: ${formatCount(c.lines)} lines`);
  const codeOnly = c.kept.filter((d) => d.codeOnly).length;
  console.log(
    `  kept:        ${formatCount(c.kept.length)}${codeOnly > 0 ? ` (${formatCount(codeOnly)} code-only: too little prose to judge)` : ''}`,
  );
  console.log(`  bad lines:   ${formatCount(c.bad.length)}`);
  const count = (reason: string) => formatCount(c.filtered.filter((f) => f.reason === reason).length);
  console.log(`  filtered:    ${formatCount(c.filtered.length)}`);
  console.log(`    too_large    ${count('too_large')}  (line over ${formatCount(t.maxLineBytes)} bytes)`);
  console.log(`    too_short    ${count('too_short')}  (title + body under ${formatCount(t.minChars)} characters)`);
  console.log(`    too_long     ${count('too_long')}  (title + body over ${formatCount(t.maxChars)} characters)`);
  console.log(
    `    not_english  ${count('not_english')}  (prose: ASCII letters under ${t.minAsciiLetterShare * 100}% or English function words under ${t.minStopwordShare * 100}%)`,
  );
  const exact = c.duplicates.filter((d) => d.kind === 'exact').length;
  console.log(
    `  duplicates:  ${formatCount(exact)} exact, ${formatCount(c.duplicates.length - exact)} near (MinHash ${t.numPerm} hashes, word ${t.shingleSize}-shingles, Jaccard ≥ ${t.jaccard})`,
  );
  for (const bad of c.bad.slice(0, 20))
    console.error(`  line ${bad.line}${bad.id ? ` (id ${JSON.stringify(bad.id)})` : ''}: ${bad.reason}`);
  for (const f of c.filtered.slice(0, 20))
    console.error(`  line ${f.line}${f.id ? ` (id ${JSON.stringify(f.id)})` : ''}: ${f.reason}: ${f.detail}`);
  for (const d of c.duplicates.slice(0, 20))
    console.error(
      `  line ${d.line} (id ${JSON.stringify(d.id)}): ${d.kind} duplicate of ${JSON.stringify(d.of)} (Jaccard ≈ ${d.similarity.toFixed(2)})`,
    );
}

function printExtraction(s: ExtractionSummary): void {
  console.log(`\nExtracted with ${s.model} (prompt ${s.promptHash}) in ${s.seconds.toFixed(1)} s`);
  console.log(`  extracted:   ${formatCount(s.extracted)} new, ${formatCount(s.fromCache)} from cache`);
  const classes = Object.entries(s.failedByClass)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  console.log(
    `  failed:      ${formatCount(s.failures.length)}${classes ? ` (${classes}) — run again to retry them` : ''}`,
  );
  console.log(
    `  graph:       ${formatCount(s.graph.created)} new, ${formatCount(s.graph.replaced)} replaced, ${formatCount(s.graph.unchanged)} unchanged documents`,
  );
  console.log(
    `  tokens:      ${formatCount(s.usage.totalTokens)} (${formatCount(s.usage.promptTokens)} prompt + ${formatCount(s.usage.completionTokens)} completion) over ${formatCount(s.usage.attempts)} requests`,
  );
  for (const f of s.failures.slice(0, 20))
    console.error(`  line ${f.line} (id ${JSON.stringify(f.docId)}): ${f.failureClass}: ${f.message}`);
}

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { jaccard: { type: 'string' }, concurrency: { type: 'string' }, limit: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new AppError(USAGE);
  if (!existsSync(file)) throw new AppError(`No such file: ${file}`);
  const jaccard = numberOption('jaccard', values.jaccard, 0.01, 1, false);
  const concurrency = numberOption('concurrency', values.concurrency, 1, 1024, true);
  const limit = numberOption('limit', values.limit, 1, Number.MAX_SAFE_INTEGER, true);

  const settings = llmConfig();
  if (!settings.configured) throw new AppError(`${settings.message}\nThen run the extraction again.`);
  const config = settings.config;
  if (config.models.extract === undefined) throw new AppError(missingModelMessage('extract'));
  const probe = await probeEndpoint(config);
  if (!probe.reachable)
    throw new AppError(
      `The LLM endpoint ${config.baseUrl} does not answer: ${probe.error}\nStart it, or set LLM_BASE_URL to one that runs.`,
    );
  console.log(`LLM endpoint: ${config.baseUrl}, model ${config.models.extract}`);
  if (probe.isStub)
    console.log(
      'This endpoint is the SCoGen stub, not a model: its "extractions" are built from each document\'s own frequent words.',
    );

  const curation = await curateFile(file, jaccard === undefined ? {} : { jaccard });
  printCuration(file, curation);
  const documents = limit === undefined ? curation.kept : curation.kept.slice(0, limit);
  if (limit !== undefined)
    console.log(`  --limit:     extracting the first ${formatCount(documents.length)} kept documents`);

  await applySchema();
  const bar = progressBar('extract', documents.length, 'documents');
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  try {
    const summary = await runExtraction(documents, {
      config,
      concurrency,
      signal: controller.signal,
      onProgress: (p) =>
        bar.update(p.done, {
          detail: `${formatCount(p.extracted)} new, ${formatCount(p.fromCache)} cached, ${formatCount(p.failed)} failed`,
        }),
    });
    bar.stop();
    printExtraction(summary);
    return summary.failures.length > 0 || curation.bad.length > 0 ? 1 : 0;
  } catch (error) {
    bar.stop();
    throw error;
  } finally {
    process.off('SIGINT', stop);
  }
});
