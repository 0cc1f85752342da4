// npm start: local Neo4j (unless NEO4J_URI is set) → schema → sample corpus if empty → verify sandbox → function scan
// of a just-loaded (or never scanned) corpus → production build → next start.
import { spawn } from 'node:child_process';
import { runCli } from '../lib/cli/run';
import { formatCount } from '../lib/cli/progress';
import { closeDriver } from '../lib/db/driver';
import { localDbOf, startLocal, stopLocal } from '../lib/db/local-neo4j';
import { applySchema } from '../lib/db/schema';
import { serverEnv } from '../lib/env';
import { ensureProductionBuild, NEXT_BIN } from '../lib/cli/next-build';
import { loadSampleIfEmpty } from '../lib/graph/sample-corpus';
import { setUpSandbox } from '../lib/cli/sandbox-setup';
import { addSampleCodebaseIfNone } from '../lib/cli/sample-codebase';
import { scanFunctionsAfterSample } from '../lib/cli/scan-functions';
import { functionCounts } from '../lib/functions';
import { AppError } from '../lib/domain/errors';
import { hostName, isLoopbackName } from '../lib/domain/hosts';
import { adminCount } from '../lib/auth/users';

function loopbackHost(host: string): boolean {
  return isLoopbackName(hostName(host.includes(':') && !host.startsWith('[') ? `[${host}]` : host));
}

/**
 * Local mode (no users: whoever reaches the app is its admin) is for this machine only. Binding any other
 * address needs team mode, so an admin account must exist before the app starts.
 */
async function checkBinding(host: string, allowedHosts: string | undefined): Promise<void> {
  if (loopbackHost(host)) return;
  if ((await adminCount()) === 0)
    throw new AppError(
      `HOST=${host} makes the app reachable from other machines, which needs team mode (sign-in), and no admin ` +
        `account exists yet. Add one, then start again:\n  npm run users -- add --role admin you@example.com\n` +
        `(or leave HOST unset to run on this machine only, in local mode).`,
    );
  if (!allowedHosts)
    console.error(
      `Note: HOST=${host}, but ALLOWED_HOSTS is unset, so only requests addressed to localhost are answered; ` +
        `set ALLOWED_HOSTS to the names and addresses people will use (studio.lan,10.0.0.5).`,
    );
  console.error(`Team mode: binding ${host}; everyone signs in.`);
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
  try {
    await applySchema();
    await checkBinding(env.HOST, env.ALLOWED_HOSTS);
  } catch (error) {
    await closeDriver();
    if (startedLocal) await stopLocal(localDbOf(env));
    throw error;
  }
  const loaded = await loadSampleIfEmpty();
  if (loaded)
    console.error(
      `Loaded the sample corpus: ${formatCount(loaded.documents)} documents in ${loaded.seconds.toFixed(1)} s.`,
    );
  const scanNeeded = loaded !== undefined || (await functionCounts()).documents === 0;
  await closeDriver();

  // The app runs without the sandbox; only verification needs it, and it says so per problem.
  try {
    console.error(`Verify sandbox: ${(await setUpSandbox()).fingerprint}`);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    console.error(
      `\nWarning: the verify sandbox is unavailable, so verification will report sandbox_unavailable.\n${error.message}\nThe app starts anyway.\n`,
    );
  }
  if (scanNeeded) {
    try {
      await scanFunctionsAfterSample();
    } catch (error) {
      console.error(`\nWarning: the function scan failed: ${(error as Error).message}\nThe app starts anyway.\n`);
    } finally {
      await closeDriver();
    }
  }

  try {
    await addSampleCodebaseIfNone();
  } catch (error) {
    console.error(`\nWarning: the demo codebase did not load: ${(error as Error).message}\nThe app starts anyway.\n`);
  } finally {
    await closeDriver();
  }

  if (!dev) ensureProductionBuild();

  const server = spawn(NEXT_BIN, [dev ? 'dev' : 'start', '--port', String(env.PORT), '--hostname', env.HOST], {
    stdio: 'inherit',
  });
  console.error(
    `SCoGen Studio on http://${loopbackHost(env.HOST) ? 'localhost' : env.HOST}:${env.PORT}  (Ctrl-C stops the app${startedLocal ? ' and the local Neo4j it started' : ''})`,
  );

  // The first request makes sure the server has run instrumentation.ts (config check, synthesis
  // runner): running batches resume at once after a restart, without waiting for a visitor.
  void (async () => {
    for (let i = 0; i < 240 && server.exitCode === null; i += 1) {
      try {
        if ((await fetch(`http://127.0.0.1:${env.PORT}/api/health`)).ok)
          return console.error(
            env.SYNTH_RUNNER === 'off'
              ? 'Ready (no synthesis runner in the app: SYNTH_RUNNER=off).'
              : 'Ready; the app runs a synthesis runner (SYNTH_RUNNER=off turns it off).',
          );
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  })();

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
