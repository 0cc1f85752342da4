import 'server-only';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { addCodebase, listCodebases } from '../codebase';
import { closeSandbox, sandboxStatus } from '../sandbox';

/** The bundled demo codebase (our own writing): the import root of the `larder` package. */
export const SAMPLE_CODEBASE_DIR = path.join(process.cwd(), 'data', 'codebases', 'larder');

/**
 * When no codebase is stored yet, adds the bundled demo codebase so Explore, the Sampler and `codebase` batches
 * have one to offer. Needs the sandbox (Python's parser runs there); without it, says why and how to add it later.
 */
export async function addSampleCodebaseIfNone(): Promise<void> {
  if (!existsSync(SAMPLE_CODEBASE_DIR)) return;
  if ((await listCodebases()).length > 0) return;
  const status = sandboxStatus();
  if (!status.available) {
    console.error(
      `Demo codebase not loaded: the sandbox that parses it is unavailable (${status.problem} Fix: ${status.fix}). ` +
        `Then: npm run codebase -- add ${path.relative(process.cwd(), SAMPLE_CODEBASE_DIR)}`,
    );
    return;
  }
  try {
    const s = await addCodebase({ dir: SAMPLE_CODEBASE_DIR });
    console.error(
      `Loaded the demo codebase ${s.key}: ${s.modules} modules, ${s.classes} classes, ${s.functions} functions ` +
        `(${((s.parseMs + s.loadMs) / 1000).toFixed(1)} s).`,
    );
  } finally {
    await closeSandbox();
  }
}
