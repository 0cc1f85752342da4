import 'server-only';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { serverEnv } from '../env';
import { AppError } from '../domain/errors';
import { buildIsStaleIn } from './build-freshness';

export const NEXT_BIN = path.join(process.cwd(), 'node_modules', '.bin', 'next');
/** True when there is no production build, or a source or config file is newer than it. */
export function buildIsStale(distDir = serverEnv().NEXT_DIST_DIR): boolean {
  return buildIsStaleIn(distDir);
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
