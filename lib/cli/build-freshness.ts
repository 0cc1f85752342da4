// Whether a production build is older than the sources it was built from. No 'server-only': the Playwright
// config (which runs without the react-server condition) asks it too, to reuse the integration suite's build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

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

/** True when `distDir` holds no production build, or a source or config file is newer than it. */
export function buildIsStaleIn(distDir: string): boolean {
  const buildId = path.join(process.cwd(), distDir, 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const configs = CONFIG_FILES.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0));
  return Math.max(...SOURCE_DIRS.map(newestMtime), ...configs) > built;
}
