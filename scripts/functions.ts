// npm run functions -- scan | list [--eligible] [--doc ID]
// scan: finds the top-level Python functions of every document's code blocks and stores them; list: prints them.
import { parseArgs } from 'node:util';
import { progressBar } from '../lib/cli/progress';
import { runCli } from '../lib/cli/run';
import { applySchema } from '../lib/db/schema';
import { AppError } from '../lib/domain/errors';
import { functionCounts, listFunctions, scanFunctions } from '../lib/functions';
import { summaryLines } from '../lib/functions/summary-text';
import { closeSandbox } from '../lib/sandbox';

const USAGE = 'usage: npm run functions -- scan | list [--eligible] [--doc ID]';

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { eligible: { type: 'boolean', default: false }, doc: { type: 'string' } },
  });
  const [command, ...rest] = positionals;
  if (rest.length > 0) throw new AppError(USAGE);
  if (command === 'scan') {
    await applySchema();
    let bar: ReturnType<typeof progressBar> | undefined;
    let summary: Awaited<ReturnType<typeof scanFunctions>>;
    try {
      summary = await scanFunctions({
        onProgress: (done, total) => {
          bar ??= progressBar('Scanning', total, 'documents');
          bar.update(done);
        },
      });
    } finally {
      bar?.stop();
      await closeSandbox();
    }
    console.log(`\nScanned for functions in ${summary.seconds.toFixed(1)} s`);
    for (const line of summaryLines(summary)) console.log(line);
    return;
  }
  if (command === 'list') {
    const functions = await listFunctions({
      eligibleOnly: values.eligible,
      ...(values.doc ? { docId: values.doc } : {}),
    });
    for (const fn of functions)
      console.log(
        `${fn.docId}  ${fn.signature}${fn.eligible ? '  eligible' : `  — ${fn.problems.join('; ')}`}  (${fn.key})`,
      );
    if (functions.length === 0 && (await functionCounts()).documents === 0)
      console.error('No document has been scanned yet: run "npm run functions -- scan".');
    else console.error(`${functions.length} function(s)`);
    return;
  }
  throw new AppError(USAGE);
});
