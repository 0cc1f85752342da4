import { z } from 'zod';
import { DEFAULT_PREVIEW_COUNT, DEFAULT_TEMPERATURE, int, MAX_PREVIEW_COUNT, MAX_SEED, temperature } from './sampling';

/** Sampling on code graphs (lib/codebase/sampling.ts): the bounds of its parameters, shared by the API and the UI. */
export const CODE_COMPLEXITY = { min: 1, max: 8, default: 3 } as const;
export const CODE_CHAIN_LENGTH = { min: 2, max: 4, default: 3 } as const;
export const MAX_CODE_STARTS = 50;

const coerced = () => z.coerce.number({ error: 'must be a number' });
const startKey = z.string({ error: 'must name a class or function key' }).min(1, 'choose a start class or function');

/** ?q=&limit=: classes and functions whose qualname contains q (case-insensitive), for the type-ahead. */
export const codeStartsQuerySchema = z.object({
  q: z.string().max(200, 'must be at most 200 characters').default(''),
  limit: int(coerced(), 1, MAX_CODE_STARTS).default(20),
});

/** ?start=&temperature=: the candidates of one start with P and P_T. */
export const codeCandidatesQuerySchema = z.object({
  start: startKey,
  temperature: temperature(coerced()).default(DEFAULT_TEMPERATURE),
});

/** ?start=&temperature=&complexity=&seed=&count=: `count` samples, item i from (seed, i). */
export const codePreviewQuerySchema = codeCandidatesQuerySchema.extend({
  complexity: int(coerced(), CODE_COMPLEXITY.min, CODE_COMPLEXITY.max).default(CODE_COMPLEXITY.default),
  seed: int(coerced(), 0, MAX_SEED).default(1),
  count: int(coerced(), 1, MAX_PREVIEW_COUNT).default(DEFAULT_PREVIEW_COUNT),
});

/** ?start=&length=&temperature=&seed=: one RETURNS → ACCEPTS chain (start optional). */
export const codeChainQuerySchema = z.object({
  start: startKey.optional(),
  length: int(coerced(), CODE_CHAIN_LENGTH.min, CODE_CHAIN_LENGTH.max).default(CODE_CHAIN_LENGTH.default),
  temperature: temperature(coerced()).default(DEFAULT_TEMPERATURE),
  seed: int(coerced(), 0, MAX_SEED).default(1),
});

export type CodePreviewQuery = z.infer<typeof codePreviewQuerySchema>;
