import { z } from 'zod';
import { AppError } from './domain/errors';

// The one description of every environment variable the app, its CLIs and its test tooling read.
// No 'server-only' here: it holds no values, so the Playwright config can validate with it too;
// lib/env.ts is the server's parsed, cached copy.

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'] as const;

/** The tasks that call an LLM; each may use its own model. */
export const LLM_TASKS = ['extract', 'select', 'synthesize', 'answer', 'verify'] as const;
export type LlmTask = (typeof LLM_TASKS)[number];

export const STRUCTURED_MODES = ['json_schema', 'json_object'] as const;
export type StructuredMode = (typeof STRUCTURED_MODES)[number];

/** Variables whose values are never echoed back in an error. */
export const SECRET_VARIABLES = ['NEO4J_PASSWORD', 'LLM_API_KEY', 'AUTH_SECRET'] as const;

const blankAsUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const optionalString = z.preprocess(blankAsUndefined, z.string().trim().optional());

const text = (fallback: string) =>
  z.preprocess(blankAsUndefined, z.string().trim().min(1, 'must not be empty').default(fallback));

const integer = (fallback: number, min: number, max: number) =>
  z.preprocess(
    blankAsUndefined,
    z.coerce
      .number({ error: 'must be a number' })
      .int('must be an integer')
      .min(min, `must be between ${min} and ${max}`)
      .max(max, `must be between ${min} and ${max}`)
      .default(fallback),
  );

const port = (fallback: number) => integer(fallback, 1, 65535);
const optionalPort = z.preprocess(blankAsUndefined, port(1).optional());

const flag = (on: string, off: string, fallback: string) =>
  z.preprocess(blankAsUndefined, z.enum([on, off], { error: `must be ${on} or ${off}` }).default(fallback));

const neo4jUri = z.preprocess(
  blankAsUndefined,
  z
    .string()
    .trim()
    .refine(
      (value) => {
        const scheme = value.split('://')[0] ?? '';
        return value.includes('://') && (NEO4J_SCHEMES as readonly string[]).includes(scheme);
      },
      `must be a Neo4j URI starting with one of ${NEO4J_SCHEMES.map((s) => `${s}://`).join(', ')}`,
    )
    .optional(),
);

const httpUrl = z.preprocess(
  blankAsUndefined,
  z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
    .transform((value) => value.replace(/\/+$/, ''))
    .optional(),
);

/** Every variable, with its default and bounds; README.md's configuration table lists exactly these keys. */
export const envSchema = z.object({
  NODE_ENV: z.preprocess(blankAsUndefined, z.enum(['development', 'production', 'test']).default('development')),
  // Database
  /** An external Neo4j (server, Docker, Aura, cluster). When set, nothing local is started. */
  NEO4J_URI: neo4jUri,
  NEO4J_USERNAME: text('neo4j'),
  NEO4J_PASSWORD: optionalString,
  NEO4J_DATABASE: optionalString,
  /** Bolt port of the embedded local Neo4j (only used when NEO4J_URI is unset). */
  NEO4J_LOCAL_PORT: port(7687),
  /** Data directory of the embedded local Neo4j, relative to the project root. */
  NEO4J_LOCAL_DATA_DIR: text('.data/neo4j'),
  /** Heap of the embedded Neo4j ("2g", "512m"). Unset: an eighth of the machine's memory, 512m–8g. */
  NEO4J_LOCAL_HEAP: optionalString,
  /** Page cache of the embedded Neo4j. Unset: a quarter of the machine's memory, 256m–16g. */
  NEO4J_LOCAL_PAGE_CACHE: optionalString,
  // Web app
  PORT: port(3000),
  NEXT_DIST_DIR: text('.next'),
  /** Host names (comma-separated, any port) the app answers; others get 421. Unset: the loopback names. */
  ALLOWED_HOSTS: optionalString,
  /** Address `npm start` binds. A non-loopback one (0.0.0.0, a LAN address) needs team mode: an admin account. */
  HOST: text('127.0.0.1'),
  /** Signs the session cookies; at least 32 characters. Unset: one is generated once and kept in Neo4j. */
  AUTH_SECRET: z.preprocess(
    blankAsUndefined,
    z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
  ),
  /** The app's public URL in team mode (https://studio.example); cookies are Secure when it is https. */
  AUTH_URL: httpUrl,
  // LLM endpoint
  LLM_BASE_URL: httpUrl,
  LLM_API_KEY: optionalString,
  LLM_MODEL: optionalString,
  LLM_MODEL_EXTRACT: optionalString,
  LLM_MODEL_SELECT: optionalString,
  LLM_MODEL_SYNTHESIZE: optionalString,
  LLM_MODEL_ANSWER: optionalString,
  LLM_MODEL_VERIFY: optionalString,
  LLM_STRUCTURED: z.preprocess(
    blankAsUndefined,
    z.enum(STRUCTURED_MODES, { error: 'must be json_schema or json_object' }).default('json_schema'),
  ),
  LLM_CONCURRENCY: integer(8, 1, 1024),
  LLM_TIMEOUT_MS: integer(60_000, 1, 3_600_000),
  LLM_MAX_RETRIES: integer(4, 0, 20),
  LLM_MAX_RETRY_WAIT_MS: integer(60_000, 0, 3_600_000),
  /** First backoff step; later steps double it. Tests set a tiny value. */
  LLM_RETRY_BASE_MS: integer(500, 0, 60_000),
  // Synthesis runners
  SYNTH_RUNNER: flag('on', 'off', 'on'),
  SYNTH_LEASE_MS: integer(60_000, 200, 3_600_000),
  /** How long an instance's lease on an Ingest extraction run lasts without a checkpoint; then another takes it over. */
  EXTRACTION_LEASE_MS: integer(30_000, 1_000, 3_600_000),
  // Verify sandbox
  /** Where `npm run sandbox:setup` builds the sandbox's Python environment, relative to the project root. */
  SANDBOX_ENV_DIR: text('.data/sandbox-env'),
  /** The interpreter the sandbox's venv is made from; nothing under /root (the sandbox binds only /usr). */
  SANDBOX_BASE_PYTHON: text('/usr/bin/python3'),
  /** The bubblewrap binary (a name on PATH or a path). */
  SANDBOX_BWRAP: text('bwrap'),
  /** `unsandboxed` runs generated code on this machine without bubblewrap: an explicit, loudly labelled opt-in. */
  SANDBOX_MODE: z.preprocess(
    blankAsUndefined,
    z.enum(['bwrap', 'unsandboxed'], { error: 'must be bwrap or unsandboxed' }).default('bwrap'),
  ),
  /** Attempts that run at once in each of the sandbox's two fork servers; 0 = one per CPU core. */
  SANDBOX_SLOTS: integer(0, 0, 256),
  // Tests and tooling
  NEO4J_TEST_URI: neo4jUri,
  NEO4J_TEST_PORT: port(7688),
  KEEP_TEST_DB: flag('1', '0', '0'),
  SCOGEN_TEST_DB: flag('1', '0', '0'),
  CHROMIUM_PATH: text('/usr/bin/chromium'),
  /** bench:explore saves a screenshot of every view it renders into this folder. */
  EXPLORE_SCREENSHOTS: optionalString,
  E2E_PORT: port(3100),
  E2E_STUB_PORT: optionalPort,
  E2E_REUSE_BUILD: flag('1', '0', '0'),
});

export type Environment = z.infer<typeof envSchema>;

/** Raised when the environment is invalid; the message names every bad variable. */
export class EnvError extends AppError {
  override name = 'EnvError';

  constructor(readonly problems: string[]) {
    super(`Invalid environment configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses and validates an environment; a bad value throws an EnvError naming each variable (never a secret's value). */
export function parseEnvironment(source: Record<string, string | undefined>): Environment {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  throw new EnvError(
    result.error.issues.map((issue) => {
      const name = issue.path.join('.') || '(environment)';
      const got = (SECRET_VARIABLES as readonly string[]).includes(name)
        ? ''
        : ` (got ${JSON.stringify(source[name] ?? null)})`;
      return `${name}: ${issue.message}${got}`;
    }),
  );
}
