// npm run sandbox:setup: Debian's bubblewrap and python3-venv (installed with apt-get as root), then the
// verify sandbox's pinned Python environment from lib/sandbox/python/requirements.lock (a no-op when current).
import { runCli } from '../lib/cli/run';
import { setUpSandbox } from '../lib/cli/sandbox-setup';

runCli(async () => {
  const started = Date.now();
  const environment = await setUpSandbox();
  console.error(
    `Sandbox environment ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${environment.venvDir} (${Object.keys(environment.packages).length} packages)`,
  );
  console.log(environment.fingerprint);
});
