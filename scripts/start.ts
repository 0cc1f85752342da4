// npm start: local Neo4j (unless NEO4J_URI is set) → schema → sample corpus if empty → production build → next start.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../lib/cli/run';
import { formatCount } from '../lib/cli/progress';
import { closeDriver } from '../lib/db/driver';
import { localDbOf, startLocal, stopLocal } from '../lib/db/local-neo4j';
import { applySchema } from '../lib/db/schema';
import { serverEnv } from '../lib/env';
import { AppError } from '../lib/errors';
import { loadSampleIfEmpty } from '../lib/graph/sample-corpus';

const SOURCE_DIRS = ['app', 'components', 'lib'];
const NEXT_BIN = path.join(process.cwd(), 'node_modules', '.bin', 'next');

function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function buildIsStale(): boolean {
  const buildId = path.join(process.cwd(), '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const configs = ['next.config.js', 'package-lock.json', 'tsconfig.json'].map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0));
  return Math.max(...SOURCE_DIRS.map(newestMtime), ...configs) > built;
}

runCli(async () => {
  const dev = process.argv.includes('--dev');
  const env = serverEnv();
  let startedLocal = false;

  if (env.neo4jIsLocal) {
    ({ started: startedLocal } = await startLocal(localDbOf(env)));
  } else {
    console.error(`Using Neo4j at NEO4J_URI=${env.neo4jUri}; nothing local is started.`);
  }
  await applySchema();
  const loaded = await loadSampleIfEmpty();
  if (loaded) console.error(`Loaded the sample corpus: ${formatCount(loaded.documents)} documents in ${loaded.seconds.toFixed(1)} s.`);
  await closeDriver();

  if (!dev && buildIsStale()) {
    console.error('Building the app (next build)…');
    const build = spawnSync(NEXT_BIN, ['build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new AppError(`next build failed (exit code ${build.status}).`);
  }

  const server = spawn(NEXT_BIN, [dev ? 'dev' : 'start', '--port', String(env.PORT), '--hostname', '127.0.0.1'], { stdio: 'inherit' });
  console.error(`SCoGen Studio on http://localhost:${env.PORT}  (Ctrl-C stops the app${startedLocal ? ' and the local Neo4j it started' : ''})`);

  const shutdown = (signal: NodeJS.Signals) => {
    server.kill(signal);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  const code = await new Promise<number>((resolve) => server.on('exit', (exitCode) => resolve(exitCode ?? 0)));
  if (startedLocal) {
    await stopLocal(localDbOf(env));
    console.error('Stopped the local Neo4j.');
  }
  return code;
});
