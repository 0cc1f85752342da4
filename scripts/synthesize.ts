// npm run synthesize -- --preset <name> --count N [--name X] [--max-tokens N] [--seed N] [--concurrency N] [--strategy random|llm]
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { formatCount, progressBar } from '../lib/cli/progress';
import { runCli } from '../lib/cli/run';
import { applySchema } from '../lib/db/schema';
import { AppError } from '../lib/domain/errors';
import { probeEndpoint } from '../lib/llm/probe';
import { requireLlmConfig } from '../lib/llm/client';
import { LlmError } from '../lib/llm/errors';
import { batchRequestSchema } from '../lib/schemas/batch';
import { launchBatch } from '../lib/synthesis/batches';
import { listPresets, presetRequest } from '../lib/synthesis/presets';
import { SynthesisRunner } from '../lib/synthesis/runner';
import { batchDetail, batchSummary } from '../lib/synthesis/store';
import { ACTIVE_STATUSES } from '../lib/synthesis/types';
import { closeSandbox } from '../lib/sandbox';
import { batchVerification } from '../lib/verification/summary';

const USAGE =
  'usage: npm run synthesize -- --preset <name> --count N [--name X] [--max-tokens N] [--seed N] [--strategy random|llm] [--concurrency N] [--verify on|off] [--attempts K]';

const numberArg = (value: string | undefined) => (value === undefined ? undefined : Number(value));

runCli(async () => {
  const { values } = parseArgs({
    options: {
      preset: { type: 'string' },
      count: { type: 'string' },
      name: { type: 'string' },
      'max-tokens': { type: 'string' },
      seed: { type: 'string' },
      strategy: { type: 'string' },
      concurrency: { type: 'string' },
      verify: { type: 'string' },
      attempts: { type: 'string' },
    },
  });
  if (!values.preset || !values.count)
    throw new AppError(`${USAGE}\nPresets: ${(await listPresets()).map((p) => p.name).join(', ')}`);
  let config;
  try {
    config = requireLlmConfig();
  } catch (error) {
    if (error instanceof LlmError) throw new AppError(error.message);
    throw error;
  }
  const probe = await probeEndpoint(config);
  if (!probe.reachable)
    throw new AppError(
      `The LLM endpoint ${config.baseUrl} does not answer: ${probe.error}\nStart it, or set LLM_BASE_URL to one that runs.`,
    );
  if (probe.isStub)
    console.log(`LLM endpoint ${config.baseUrl} is the SCoGen stub, not a model: its problems are templates.`);

  await applySchema();
  const base = await presetRequest(values.preset);
  const request = batchRequestSchema.parse({
    ...base,
    count: numberArg(values.count),
    ...(values.name ? { name: values.name } : {}),
    ...(values['max-tokens'] ? { maxTokens: numberArg(values['max-tokens']) } : {}),
    ...(values.seed ? { seed: numberArg(values.seed) } : {}),
    ...(values.strategy ? { strategy: values.strategy } : {}),
    verify: {
      ...(values.verify === undefined ? {} : { enabled: values.verify === 'on' }),
      ...(values.attempts === undefined ? {} : { attempts: numberArg(values.attempts) }),
    },
  });
  if (values.verify !== undefined && !['on', 'off'].includes(values.verify))
    throw new AppError(`--verify must be on or off (got ${values.verify})`);
  const concurrency = numberArg(values.concurrency);
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1 && concurrency <= 1024))
    throw new AppError(`--concurrency must be an integer from 1 to 1024 (got ${values.concurrency})`);

  // The CLI talks to Neo4j directly, as whoever runs it: the batch names the OS user, so its tokens count for them.
  const user = userInfo().username;
  const batch = await launchBatch(request, { launchedBy: { id: `cli:${user}`, name: `${user} (npm run synthesize)` } });
  console.log(`Batch ${batch.id} "${batch.name}": ${formatCount(batch.count)} items (preset ${values.preset}).`);
  const runner = new SynthesisRunner({
    role: 'synthesize',
    concurrency,
    onlyBatch: batch.id,
    log: (m) => console.error(m),
  }).start();
  const bar = progressBar('synthesize', batch.count, 'items');
  let interrupted = false;
  const interrupt = () => {
    interrupted = true;
  };
  process.once('SIGINT', interrupt);
  let summary = batch;
  try {
    for (;;) {
      summary = await batchSummary(batch.id);
      bar.update(summary.done + summary.failed, {
        detail: `${formatCount(summary.done)} done, ${formatCount(summary.failed)} failed, ${formatCount(summary.tokens.total)} tokens`,
      });
      if (interrupted || (!ACTIVE_STATUSES.includes(summary.status) && runner.busy === 0)) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    bar.stop();
    process.off('SIGINT', interrupt);
    await runner.stop();
  }
  const detail = await batchDetail(batch.id);
  console.log(`\nBatch ${batch.id}: ${detail.status}${detail.pauseReason ? ` (${detail.pauseReason})` : ''}`);
  console.log(`  problems:   ${formatCount(detail.done)} of ${formatCount(detail.count)}`);
  console.log(
    `  failed:     ${formatCount(detail.failed)}${detail.failures.length > 0 ? ` (${detail.failures.map((f) => `${f.failureClass} ${f.count}`).join(', ')})` : ''}`,
  );
  console.log(
    `  tokens:     ${formatCount(detail.tokens.total)} (${formatCount(detail.tokens.prompt)} prompt + ${formatCount(detail.tokens.completion)} completion)`,
  );
  console.log(
    `  coherence:  ${detail.coherence.mean === null ? 'n/a' : detail.coherence.mean.toFixed(3)} mean over ${formatCount(detail.coherence.count)} combinations; ${formatCount(detail.flagged)} flagged by the feature check`,
  );
  const verification = await batchVerification(batch.id);
  if (verification.enabled) {
    const nonZero = (counts: Record<string, number>) =>
      Object.entries(counts)
        .filter(([, n]) => n > 0)
        .map(([name, n]) => `${name} ${formatCount(n)}`)
        .join(', ') || 'none';
    console.log(
      `  verified:   ${formatCount(verification.verified)} of ${formatCount(verification.problems)} (k = ${verification.attempts}): ${nonZero(verification.byStatus)}`,
    );
    console.log(`  difficulty: ${nonZero(verification.byDifficulty)}`);
  } else console.log('  verified:   verification off');
  await closeSandbox();
  if (interrupted)
    console.log('  Interrupted: the batch stays running and any runner (the app, npm run runner) carries on with it.');
  return detail.status === 'done' && detail.failed === 0 ? 0 : 1;
});
