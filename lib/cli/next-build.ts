import 'server-only';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { serverEnv } from '../env';
import { AppError } from '../domain/errors';

export const NEXT_BIN = path.join(process.cwd(), 'node_modules', '.bin', 'next');
const SOURCE_DIRS = ['app', 'components', 'lib', 'cypher'];
const CONFIG_FILES = ['next.config.js', 'package-lock.json', 'tsconfig.json', 'proxy.ts', 'instrumentation.ts'];

function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** True when there is no production build, or a source or config file is newer than it. */
export function buildIsStale(distDir = serverEnv().NEXT_DIST_DIR): boolean {
  const buildId = path.join(process.cwd(), distDir, 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const configs = CONFIG_FILES.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0));
  return Math.max(...SOURCE_DIRS.map(newestMtime), ...configs) > built;
}

/** Runs `next build` when the production build is missing or stale. */
export function ensureProductionBuild(log: (message: string) => void = console.error): void {
  if (!buildIsStale()) return;
  log('Building the app (next build)…');
  const build = spawnSync(NEXT_BIN, ['build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new AppError(`next build failed (exit code ${build.status}).`);
}
