// Browser tests use Debian's Chromium (Playwright's own download does not work on these machines).
// Installs it with apt-get when missing and running as root; otherwise says what to do.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseEnvironment } from '../lib/env-schema';

const CHROMIUM = parseEnvironment(process.env).CHROMIUM_PATH;

if (!existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    console.error(
      `Chromium was not found at ${CHROMIUM}. Install Debian's package (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
  console.error(`Chromium was not found at ${CHROMIUM}; installing Debian's chromium package…`);
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const result = spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}
