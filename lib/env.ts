import 'server-only';
import { z } from 'zod';
import { AppError } from './domain/errors';

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'] as const;

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const port = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int('must be an integer')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(fallback);

const neo4jUri = z
  .string()
  .trim()
  .refine((value) => {
    const scheme = value.split('://')[0] ?? '';
    return value.includes('://') && (NEO4J_SCHEMES as readonly string[]).includes(scheme);
  }, `must be a Neo4j URI starting with one of ${NEO4J_SCHEMES.map((s) => `${s}://`).join(', ')}`)
  .optional()
  .or(z.literal('').transform(() => undefined));

const serverSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** An external Neo4j (server, Docker, Aura, cluster). When set, nothing local is started. */
  NEO4J_URI: neo4jUri,
  NEO4J_USERNAME: z.string().trim().min(1, 'must not be empty').default('neo4j'),
  NEO4J_PASSWORD: optionalString,
  NEO4J_DATABASE: optionalString,
  /** Bolt port of the embedded local Neo4j (only used when NEO4J_URI is unset). */
  NEO4J_LOCAL_PORT: port(7687),
  /** Data directory of the embedded local Neo4j, relative to the project root. */
  NEO4J_LOCAL_DATA_DIR: z.string().trim().min(1, 'must not be empty').default('.data/neo4j'),
  PORT: port(3000),
});

export type ServerEnv = z.infer<typeof serverSchema> & {
  /** The URI the app connects to: NEO4J_URI, or the embedded local instance. */
  neo4jUri: string;
  /** True when the database is the embedded one this project starts itself. */
  neo4jIsLocal: boolean;
};

/** Raised when the environment is invalid; the message names every bad variable. */
export class EnvError extends AppError {
  override name = 'EnvError';

  constructor(readonly problems: string[]) {
    super(`Invalid environment configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** An EnvError naming each failing variable and, unless it is secret, the value it had. */
export function envErrorFrom(error: z.ZodError, source: Record<string, string | undefined>, secrets: readonly string[] = []): EnvError {
  return new EnvError(
    error.issues.map((issue) => {
      const name = issue.path.join('.') || '(environment)';
      const got = secrets.includes(name) ? '' : ` (got ${JSON.stringify(source[name] ?? null)})`;
      return `${name}: ${issue.message}${got}`;
    }),
  );
}

/** Parses and validates an environment (process.env by default). */
export function parseEnv(source: Record<string, string | undefined> = process.env): ServerEnv {
  const result = serverSchema.safeParse(source);
  if (!result.success) throw envErrorFrom(result.error, source, ['NEO4J_PASSWORD']);
  const env = result.data;
  const neo4jIsLocal = env.NEO4J_URI === undefined;
  return {
    ...env,
    neo4jIsLocal,
    neo4jUri: env.NEO4J_URI ?? `bolt://127.0.0.1:${env.NEO4J_LOCAL_PORT}`,
  };
}

let cached: ServerEnv | undefined;

/** The validated server environment, parsed once per process (until forgetServerEnv). */
export function serverEnv(): ServerEnv {
  cached ??= parseEnv();
  return cached;
}

/** Makes the next serverEnv() parse process.env again (CLIs that switch databases). */
export function forgetServerEnv(): void {
  cached = undefined;
}
