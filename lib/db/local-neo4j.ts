import 'server-only';
import { AppError } from '../domain/errors';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { totalmem } from 'node:os';
import path from 'node:path';
import { jvmSize, memoryPlan } from './local-memory';
import neo4j from 'neo4j-driver';

const LAUNCHER_DIR = path.join(process.cwd(), 'scripts', 'neo4j-launcher');
const LAUNCHER_JAR = path.join(LAUNCHER_DIR, 'target', 'neo4j-launcher.jar');
const LAUNCHER_SOURCES = [
  path.join(LAUNCHER_DIR, 'pom.xml'),
  path.join(LAUNCHER_DIR, 'src', 'main', 'java', 'studio', 'scogen', 'launcher', 'Neo4jLauncher.java'),
];

export interface LocalNeo4j {
  port: number;
  dataDir: string;
  /** NEO4J_LOCAL_HEAP / NEO4J_LOCAL_PAGE_CACHE; unset, both are sized from the machine (lib/db/local-memory.ts). */
  memory?: { heap?: string; pageCache?: string };
}

export interface LocalNeo4jStatus {
  running: boolean;
  pid?: number;
  reachable: boolean;
  uri: string;
  dataDir: string;
  logFile: string;
}

/** Raised when the local database cannot be started; the message says how to proceed. */
export class LocalNeo4jError extends AppError {
  override name = 'LocalNeo4jError';
}

const HOW_TO_PROCEED = [
  'To run SCoGen Studio you can:',
  '  1. install Java 17 and Maven (Debian/Ubuntu: apt-get install -y openjdk-17-jdk-headless maven), or',
  '  2. point the app at your own Neo4j 5: export NEO4J_URI=bolt://host:7687 (plus NEO4J_USERNAME / NEO4J_PASSWORD), or',
  '  3. start the bundled docker-compose.yml (official neo4j:5 image): docker compose up -d, then',
  '     export NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_USERNAME=neo4j NEO4J_PASSWORD=scogen-studio',
].join('\n');

export function uriOf(db: LocalNeo4j): string {
  return `bolt://127.0.0.1:${db.port}`;
}

function paths(db: LocalNeo4j) {
  const dataDir = path.resolve(process.cwd(), db.dataDir);
  return { dataDir, pidFile: path.join(dataDir, 'neo4j.pid'), logFile: path.join(dataDir, 'launcher.log') };
}

function commandWorks(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.error === undefined && result.status === 0;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readPid(pidFile: string): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').trim(), 10);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
}

/** Builds the launcher jar with Maven when it is missing or older than its sources. */
export function ensureLauncherBuilt(log: (message: string) => void = console.error): string {
  if (!commandWorks('java', ['-version'])) {
    throw new LocalNeo4jError(`Java was not found on PATH; the local Neo4j needs Java 17.\n${HOW_TO_PROCEED}`);
  }
  const jarTime = existsSync(LAUNCHER_JAR) ? statSync(LAUNCHER_JAR).mtimeMs : 0;
  const stale = LAUNCHER_SOURCES.some((source) => statSync(source).mtimeMs > jarTime);
  if (!stale) return LAUNCHER_JAR;
  if (!commandWorks('mvn', ['-v'])) {
    throw new LocalNeo4jError(
      `Maven (mvn) was not found on PATH; it builds the local Neo4j launcher.\n${HOW_TO_PROCEED}`,
    );
  }
  log('Building the local Neo4j launcher with Maven (the first build downloads Neo4j 5.26 from Maven Central)…');
  const build = spawnSync('mvn', ['-q', '-B', 'package', '-DskipTests'], {
    cwd: LAUNCHER_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (build.status !== 0) {
    throw new LocalNeo4jError(
      `Building the Neo4j launcher failed (mvn exit code ${build.status}). See the Maven output above.\n${HOW_TO_PROCEED}`,
    );
  }
  return LAUNCHER_JAR;
}

async function canConnect(uri: string): Promise<boolean> {
  const driver = neo4j.driver(uri, undefined, { connectionTimeout: 2_000, maxTransactionRetryTime: 0 });
  try {
    await driver.executeQuery('RETURN 1');
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

function tail(file: string, lines = 30): string {
  if (!existsSync(file)) return '(no log written)';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

export async function localStatus(db: LocalNeo4j): Promise<LocalNeo4jStatus> {
  const { dataDir, pidFile, logFile } = paths(db);
  const pid = readPid(pidFile);
  const reachable = pid !== undefined && (await canConnect(uriOf(db)));
  return { running: pid !== undefined, pid, reachable, uri: uriOf(db), dataDir, logFile };
}

/**
 * Starts the embedded Neo4j in the background unless it already runs, and resolves once a query
 * succeeds through the driver. Returns whether this call started it.
 */
export async function startLocal(
  db: LocalNeo4j,
  options: { timeoutMs?: number; log?: (message: string) => void } = {},
): Promise<{ started: boolean; pid: number }> {
  const log = options.log ?? console.error;
  const { dataDir, pidFile, logFile } = paths(db);
  const existing = readPid(pidFile);
  if (existing !== undefined) {
    await waitUntilReady(db, existing, logFile, options.timeoutMs);
    return { started: false, pid: existing };
  }
  if (await canConnect(uriOf(db))) {
    throw new LocalNeo4jError(
      `Port ${db.port} already answers Bolt, but not from ${dataDir}. Stop that server, or set NEO4J_URI=${uriOf(db)} to use it.`,
    );
  }
  const jar = ensureLauncherBuilt(log);
  mkdirSync(dataDir, { recursive: true });
  const out = openSync(logFile, 'a');
  const plan = memoryPlan(totalmem(), db.memory);
  const child = spawn(
    'java',
    [
      '-Xms256m',
      `-Xmx${jvmSize(plan.heapBytes)}`,
      '-jar',
      jar,
      '--data-dir',
      dataDir,
      '--bolt-port',
      String(db.port),
      '--page-cache',
      jvmSize(plan.pageCacheBytes),
    ],
    {
      detached: true,
      stdio: ['ignore', out, out],
    },
  );
  closeSync(out);
  child.unref();
  if (child.pid === undefined) throw new LocalNeo4jError(`Could not start java. Log: ${logFile}`);
  log(`Starting local Neo4j (pid ${child.pid}) on ${uriOf(db)}, data in ${dataDir}, log in ${logFile}`);
  log(`Local Neo4j memory: ${plan.summary}`);
  await waitUntilReady(db, child.pid, logFile, options.timeoutMs);
  return { started: true, pid: child.pid };
}

async function waitUntilReady(db: LocalNeo4j, pid: number, logFile: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid))
      throw new LocalNeo4jError(
        `Local Neo4j (pid ${pid}) exited during start-up. Last log lines (${logFile}):\n${tail(logFile)}`,
      );
    if (await canConnect(uriOf(db))) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new LocalNeo4jError(
    `Local Neo4j did not answer on ${uriOf(db)} within ${timeoutMs / 1000} s. Last log lines (${logFile}):\n${tail(logFile)}`,
  );
}

/** Stops the embedded Neo4j cleanly (SIGTERM, then SIGKILL after the timeout). */
export async function stopLocal(db: LocalNeo4j, timeoutMs = 60_000): Promise<{ stopped: boolean; pid?: number }> {
  const { pidFile } = paths(db);
  const pid = readPid(pidFile);
  if (pid === undefined) return { stopped: false };
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(pidFile, { force: true });
  return { stopped: true, pid };
}

/** Stops the embedded Neo4j and deletes its data directory. */
export async function resetLocal(db: LocalNeo4j): Promise<void> {
  await stopLocal(db);
  rmSync(paths(db).dataDir, { recursive: true, force: true });
}

/** The embedded instance an environment describes (port and data directory). */
export function localDbOf(env: {
  NEO4J_LOCAL_PORT: number;
  NEO4J_LOCAL_DATA_DIR: string;
  NEO4J_LOCAL_HEAP?: string | undefined;
  NEO4J_LOCAL_PAGE_CACHE?: string | undefined;
}): LocalNeo4j {
  return {
    port: env.NEO4J_LOCAL_PORT,
    dataDir: env.NEO4J_LOCAL_DATA_DIR,
    memory: { heap: env.NEO4J_LOCAL_HEAP, pageCache: env.NEO4J_LOCAL_PAGE_CACHE },
  };
}

/** True when NEO4J_URI is unset or names the embedded instance's own Bolt address. */
export function isLocalUri(env: { NEO4J_URI?: string; NEO4J_LOCAL_PORT: number }): boolean {
  if (env.NEO4J_URI === undefined) return true;
  return [`bolt://127.0.0.1:${env.NEO4J_LOCAL_PORT}`, `bolt://localhost:${env.NEO4J_LOCAL_PORT}`].includes(
    env.NEO4J_URI.replace(/\/$/, ''),
  );
}

/** The add-opens `java -jar` takes from the launcher's manifest; `java -cp` needs them spelled out. */
const ADD_OPENS = ['java.base/java.nio', 'java.base/sun.nio.ch', 'java.base/java.io'].flatMap((p) => [
  '--add-opens',
  `${p}=ALL-UNNAMED`,
]);

/**
 * Runs `neo4j-admin database import full <args>` (Neo4j's bulk importer, bundled in the launcher jar
 * through org.neo4j:neo4j-import-tool) into the stopped embedded database. Output goes to `stdio`.
 */
export function importIntoLocal(
  db: LocalNeo4j,
  args: readonly string[],
  stdio: 'inherit' | 'ignore' = 'inherit',
): void {
  const { dataDir, pidFile } = paths(db);
  const running = readPid(pidFile);
  if (running !== undefined)
    throw new LocalNeo4jError(`Local Neo4j (pid ${running}) still runs on ${dataDir}; stop it before a bulk import.`);
  const jar = ensureLauncherBuilt();
  mkdirSync(dataDir, { recursive: true });
  const result = spawnSync(
    'java',
    [...ADD_OPENS, '-cp', jar, 'org.neo4j.cli.AdminTool', 'database', 'import', 'full', ...args],
    {
      stdio: ['ignore', stdio, stdio === 'inherit' ? 'inherit' : 'pipe'],
      env: { ...process.env, NEO4J_HOME: dataDir, NEO4J_CONF: path.join(dataDir, 'conf') },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) {
    throw new LocalNeo4jError(
      `neo4j-admin database import full failed (exit code ${result.status})${result.stderr ? `:\n${result.stderr.slice(-4000)}` : '; see its output above'}`,
    );
  }
}
