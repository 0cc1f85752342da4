// Runs a command against the test database: its own embedded instance (port 7688, .data/neo4j-test)
// or NEO4J_TEST_URI. The dev database (NEO4J_URI or port 7687) is never handed to tests.
// NEO4J_TEST_PORT picks another port (and data directory), so two checkouts can test side by side.
import { spawn } from 'node:child_process';
import { runCli } from '../lib/cli/run';
import { closeDriver } from '../lib/db/driver';
import { localDbOf, startLocal, stopLocal } from '../lib/db/local-neo4j';
import { applySchema } from '../lib/db/schema';
import { parseEnv } from '../lib/env';
import { AppError } from '../lib/domain/errors';

// Parsed once, before the child's environment is put together.
const outer = parseEnv(process.env);
const TEST_PORT = String(outer.NEO4J_TEST_PORT);

runCli(async () => {
  const [command, ...args] = process.argv.slice(2);
  if (!command) throw new AppError('usage: tsx scripts/with-test-db.ts <command> [args…]');

  const testUri = outer.NEO4J_TEST_URI;
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_URI: testUri ?? `bolt://127.0.0.1:${TEST_PORT}`,
    NEO4J_LOCAL_PORT: TEST_PORT,
    NEO4J_LOCAL_DATA_DIR: TEST_PORT === '7688' ? '.data/neo4j-test' : `.data/neo4j-test-${TEST_PORT}`,
    SCOGEN_TEST_DB: '1',
  };
  // Tests bring their own LLM stub; a developer's real endpoint must never be called from them.
  for (const name of Object.keys(childEnv)) if (name.startsWith('LLM_')) delete childEnv[name];
  if (!testUri) {
    delete childEnv.NEO4J_USERNAME;
    delete childEnv.NEO4J_PASSWORD;
    delete childEnv.NEO4J_DATABASE;
  }
  const env = parseEnv({ ...childEnv, NEO4J_URI: undefined });
  const db = localDbOf(env);
  let started = false;
  if (!testUri) ({ started } = await startLocal(db, { log: (m) => console.error(`[test-db] ${m}`) }));

  Object.assign(process.env, childEnv);
  await applySchema();
  await closeDriver();

  const child = spawn(command, args, { stdio: 'inherit', env: childEnv, shell: false });
  const code = await new Promise<number>((resolve) =>
    child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0))),
  );
  if (started && outer.KEEP_TEST_DB !== '1') await stopLocal(db);
  return code;
});
