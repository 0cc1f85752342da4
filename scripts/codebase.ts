// npm run codebase -- add <dir> [--name N] [--version V] [--replace] | list
// add: parses a Python codebase (a checkout or an installed package's folder) with Python's ast inside the sandbox
// and stores its code graph (lib/codebase/MODEL.md); list: the stored codebases.
import { parseArgs } from 'node:util';
import { progressBar, type ProgressBar } from '../lib/cli/progress';
import { runCli } from '../lib/cli/run';
import { addCodebase, listCodebases } from '../lib/codebase';
import { applySchema } from '../lib/db/schema';
import { AppError } from '../lib/domain/errors';
import { closeSandbox } from '../lib/sandbox';

const USAGE = 'usage: npm run codebase -- add <dir> [--name N] [--version V] [--replace] | list';

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { name: { type: 'string' }, version: { type: 'string' }, replace: { type: 'boolean', default: false } },
  });
  const [command, ...rest] = positionals;
  if (command === 'add') {
    if (rest.length !== 1) throw new AppError(USAGE);
    await applySchema();
    const bars: Partial<Record<'parse' | 'load', ProgressBar>> = {};
    let summary: Awaited<ReturnType<typeof addCodebase>>;
    try {
      summary = await addCodebase({
        dir: rest[0]!,
        name: values.name,
        version: values.version,
        replace: values.replace,
        onProgress: (phase, done, total) => {
          if (phase === 'load') bars.parse?.stop();
          bars[phase] ??= progressBar(
            phase === 'parse' ? 'Parsing' : 'Loading',
            total,
            phase === 'parse' ? 'files' : 'rows',
          );
          bars[phase].update(done);
        },
      });
    } finally {
      bars.parse?.stop();
      bars.load?.stop();
      await closeSandbox();
    }
    const s = summary;
    console.log(
      s.unchanged
        ? `\n${s.key} is already stored with these sources: nothing written.`
        : `\nStored ${s.key}: parsed in ${(s.parseMs / 1000).toFixed(1)} s, loaded in ${(s.loadMs / 1000).toFixed(1)} s.`,
    );
    console.log(
      `  ${s.files} files, ${s.modules} modules, ${s.classes} classes, ${s.functions} functions (${s.methods} methods)`,
    );
    console.log(
      `  ${s.imports} imports, ${s.inherits} inherits, ${s.calls} calls (${s.resolvedCalls} resolved), ${s.accepts} accepts, ${s.returns} returns`,
    );
    if (s.failed.length > 0) {
      console.log(`  ${s.failed.length} file(s) not loaded:`);
      for (const f of s.failed) console.log(`    ${f.path}${f.line ? `:${f.line}` : ''}: ${f.message}`);
    }
    return;
  }
  if (command === 'list') {
    if (rest.length > 0) throw new AppError(USAGE);
    const codebases = await listCodebases();
    if (codebases.length === 0) console.log('No codebases stored. Add one: npm run codebase -- add <dir>');
    for (const c of codebases)
      console.log(
        `${c.key}\t${c.modules} modules, ${c.classes} classes, ${c.functions} functions${c.failed.length ? `, ${c.failed.length} failed` : ''}\t${c.root}`,
      );
    return;
  }
  throw new AppError(USAGE);
});
