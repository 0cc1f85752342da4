import 'server-only';
import { z } from 'zod';

// The app recognizes the stub by this owner, so the app defines it.
export { STUB_OWNER } from '@/lib/llm/probe';
export const STUB_MODEL = 'scogen-stub';

export const STUB_FAULTS = [
  'rate_limit',
  'quota',
  'server_error',
  'hang',
  'truncated',
  'invalid_json',
  'refusal',
  'no_json_schema',
] as const;
export type StubFault = (typeof STUB_FAULTS)[number];

/** The stub's global switches, set with POST /stub/config. */
export const stubConfigSchema = z.object({
  fault: z.enum(STUB_FAULTS).nullable().default(null),
  /** Fail only the first N requests after this config was set, so retries can succeed; unset: all. */
  failFirst: z.number().int().min(0).nullable().default(null),
  /** Added to every completion. */
  latencyMs: z.number().int().min(0).max(600_000).default(0),
  /** The Retry-After header of a 429, in seconds (or an HTTP date). */
  retryAfter: z.string().default('1'),
  /** Shifts which verify attempts are wrong (replies.ts, stubVerifyCase). */
  verifySeed: z.number().int().min(0).max(1_000_000).default(0),
});

export type StubConfig = z.infer<typeof stubConfigSchema>;

export interface RequestFaults {
  fault: StubFault | null;
  latencyMs: number;
}

/** Parses an `x-stub-fault` header: comma-separated faults and `latency:<ms>`. */
export function parseFaultHeader(header: string | undefined): RequestFaults {
  const faults: RequestFaults = { fault: null, latencyMs: 0 };
  for (const part of (header ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const latency = /^latency:(\d+)$/.exec(part);
    if (latency) faults.latencyMs += Number(latency[1]);
    else if ((STUB_FAULTS as readonly string[]).includes(part)) faults.fault = part as StubFault;
    else throw new Error(`unknown x-stub-fault "${part}"; use ${STUB_FAULTS.join(', ')} or latency:<ms>`);
  }
  return faults;
}

/** The failure class the LLM layer gives each stub fault that fails a call (tests check all of them). */
export const FAULT_FAILURE_CLASSES = [
  ['rate_limit', 'rate_limited'],
  ['quota', 'quota'],
  ['server_error', 'server_error'],
  ['hang', 'timeout'],
  ['truncated', 'truncated'],
  ['invalid_json', 'invalid_output'],
  ['refusal', 'refused'],
] as const satisfies ReadonlyArray<readonly [StubFault, string]>;
