import 'server-only';
import { parseEnvironment, type Environment } from './env-schema';

export { EnvError } from './env-schema';

export type ServerEnv = Environment & {
  /** The URI the app connects to: NEO4J_URI, or the embedded local instance. */
  neo4jUri: string;
  /** True when the database is the embedded one this project starts itself. */
  neo4jIsLocal: boolean;
};

/** Parses and validates an environment (process.env by default): every variable in lib/env-schema.ts. */
export function parseEnv(source: Record<string, string | undefined> = process.env): ServerEnv {
  const env = parseEnvironment(source);
  const neo4jIsLocal = env.NEO4J_URI === undefined;
  return { ...env, neo4jIsLocal, neo4jUri: env.NEO4J_URI ?? `bolt://127.0.0.1:${env.NEO4J_LOCAL_PORT}` };
}

let cached: ServerEnv | undefined;

/** The validated server environment, parsed once per process (until forgetServerEnv). */
export function serverEnv(): ServerEnv {
  cached ??= parseEnv();
  return cached;
}

/** Makes the next serverEnv() parse process.env again (CLIs and tests that switch databases or endpoints). */
export function forgetServerEnv(): void {
  cached = undefined;
}
