import { z } from 'zod';
import { CODE_NODE_TYPES, isCodeNodeType, type CodeNodeType } from '../domain/code-graph';
import { MAX_NEIGHBOURS } from './explore';

/** How a code node is named in URLs and APIs: "Type:key", e.g. "CodeClass:larder@0.3.0:larder.pantry.Pantry". */
export interface CodeRef {
  type: CodeNodeType;
  key: string;
}

export function formatCodeRef(ref: CodeRef): string {
  return `${ref.type}:${ref.key}`;
}

const MAX_KEY_LENGTH = 1000;

/** Parses "Type:key" with Type one of the code labels; the key (which has colons of its own) is the rest. */
export const codeRefSchema = z.string().transform((value, ctx): CodeRef => {
  const colon = value.indexOf(':');
  const type = colon === -1 ? '' : value.slice(0, colon);
  const key = colon === -1 ? '' : value.slice(colon + 1);
  if (!isCodeNodeType(type)) {
    ctx.addIssue({ code: 'custom', message: `must be "Type:key" with Type one of ${CODE_NODE_TYPES.join(', ')}` });
    return z.NEVER;
  }
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
    ctx.addIssue({ code: 'custom', message: `key must be 1 to ${MAX_KEY_LENGTH} characters` });
    return z.NEVER;
  }
  return { type, key };
});

const boundedInt = (min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int('must be an integer')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`)
    .default(fallback);

const codebaseKeySchema = z.string().trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters');

export const codeSearchQuerySchema = z.object({
  codebase: codebaseKeySchema,
  q: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  type: z.enum(CODE_NODE_TYPES, { error: `must be one of ${CODE_NODE_TYPES.join(', ')}` }).optional(),
  limit: boundedInt(1, 50, 12),
});

export const codeStartQuerySchema = z.object({
  codebase: codebaseKeySchema,
  limit: boundedInt(1, 50, 12),
});

export const codeNeighbourhoodQuerySchema = z.object({
  id: codeRefSchema,
  limit: boundedInt(1, MAX_NEIGHBOURS, 50),
  hops: z
    .enum(['1', '2'], { error: 'must be 1 or 2' })
    .default('1')
    .transform((value) => (value === '2' ? 2 : 1)),
  perNode: boundedInt(1, 20, 5),
});

export const codeDetailsQuerySchema = z.object({
  id: codeRefSchema,
  perGroup: boundedInt(1, 200, 30),
});

export type CodeSearchQuery = z.infer<typeof codeSearchQuerySchema>;
export type CodeStartQuery = z.infer<typeof codeStartQuerySchema>;
export type CodeNeighbourhoodQuery = z.infer<typeof codeNeighbourhoodQuerySchema>;
export type CodeDetailsQuery = z.infer<typeof codeDetailsQuerySchema>;
