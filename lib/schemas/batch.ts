import { z } from 'zod';
import { DEFAULT_EXAMPLES, MAX_EXAMPLES } from '../domain/examples';
import { DEFAULT_ATTEMPTS, MAX_ATTEMPTS } from '../domain/verification';
import { int, number, samplingRules, samplingShape, temperature, withCounts, DEFAULT_TEMPERATURE } from './sampling';

/** Largest batch one launch may ask for. */
export const MAX_BATCH_COUNT = 1_000_000;
/** Items shown by the dry run ("preview prompts"). */
export const PROMPT_PREVIEW = { default: 3, max: 10 } as const;
export const BATCH_ACTIONS = ['pause', 'resume', 'cancel', 'retry-failed'] as const;

const maxTokens = int(number(), 1, 1e12).nullable().default(null);

/**
 * Verification of the batch's answers in the sandbox (issue 12): k attempts per problem. `enabled`
 * left out means "when the sandbox is available"; true on a machine without one is refused with 409.
 */
export const verifyRequestSchema = z
  .object({
    enabled: z.boolean({ error: 'must be true or false' }).optional(),
    attempts: int(number(), 1, MAX_ATTEMPTS).default(DEFAULT_ATTEMPTS),
    /** Executed examples per verified problem (Case2Code); 0 turns the examples step off. */
    examples: int(number(), 0, MAX_EXAMPLES).default(DEFAULT_EXAMPLES),
  })
  .default({ attempts: DEFAULT_ATTEMPTS, examples: DEFAULT_EXAMPLES });

export const batchRequestSchema = z
  .object({
    ...samplingShape,
    temperature: temperature(number()).default(DEFAULT_TEMPERATURE),
    count: int(number(), 1, MAX_BATCH_COUNT),
    name: z.string({ error: 'must be a string' }).trim().max(120, 'must be at most 120 characters').default(''),
    /** Budget guard: the batch pauses once its tokens reach this. */
    maxTokens,
    /** The Sampler URL query the parameters came from, for "open in Sampler". */
    samplerQuery: z.string().max(10_000, 'must be at most 10000 characters').default(''),
    verify: verifyRequestSchema,
  })
  .superRefine(samplingRules)
  .transform(withCounts);

/** Largest and default number of input/output pairs a Case2Code task shows (the rest verify its answer). */
export const CASE2CODE_SHOWN = { default: 4, max: 10 } as const;

/**
 * A Case2Code batch (issue 15): one task per eligible (:Function) found in the documents, in an order
 * drawn from `seed`; `count` left out takes every eligible function (capped at 10,000).
 */
export const case2codeBatchRequestSchema = z.object({
  kind: z.literal('case2code', { error: 'must be "case2code"' }),
  name: z.string({ error: 'must be a string' }).trim().max(120, 'must be at most 120 characters').default(''),
  count: int(number(), 1, 10_000).optional(),
  seed: int(number(), 0, 2 ** 32 - 1).default(0),
  /** Only functions of this document. */
  document: z.string().trim().min(1).max(200).optional(),
  shown: int(number(), 1, CASE2CODE_SHOWN.max).default(CASE2CODE_SHOWN.default),
  /** Inputs asked of the model per function (shown + held back + spare for the filter). */
  inputs: int(number(), 4, MAX_EXAMPLES).default(12),
  maxTokens,
});

export type Case2CodeBatchRequest = z.infer<typeof case2codeBatchRequestSchema>;

/** Items a codebase batch may ask for per family, and the chain lengths of its compositional tasks. */
export const CODEBASE_FAMILY_MAX = 1_000;
export const CHAIN_LENGTH = { min: 2, max: 4, default: 3 } as const;

const familyCount = int(number(), 0, CODEBASE_FAMILY_MAX);

/**
 * A codebase batch (issue 16, UCD-Training): tasks grounded in one stored codebase, `families` items of
 * each family (relation questions answered by the graph, compositional API chains, utilization tasks).
 */
export const codebaseBatchRequestSchema = z
  .object({
    kind: z.literal('codebase', { error: 'must be "codebase"' }),
    /** The (:Codebase) key, "<name>@<version>" (npm run codebase -- list). */
    codebase: z
      .string({ error: 'must be a codebase key such as "larder@1.0.0"' })
      .trim()
      .min(1, 'must name a codebase')
      .max(300),
    families: z.object(
      { relation: familyCount.default(0), compositional: familyCount.default(0), utilization: familyCount.default(0) },
      { error: 'must be an object of counts {relation, compositional, utilization}' },
    ),
    name: z.string({ error: 'must be a string' }).trim().max(120, 'must be at most 120 characters').default(''),
    seed: int(number(), 0, 2 ** 32 - 1).default(0),
    temperature: temperature(number()).default(DEFAULT_TEMPERATURE),
    /** APIs a utilization task draws (besides its start). */
    complexity: int(number(), 1, 8).default(3),
    chainLength: int(number(), CHAIN_LENGTH.min, CHAIN_LENGTH.max).default(CHAIN_LENGTH.default),
    maxTokens,
  })
  .refine((r) => r.families.relation + r.families.compositional + r.families.utilization > 0, {
    message: 'ask for at least one task (families.relation + compositional + utilization ≥ 1)',
    path: ['families'],
  });

export type CodebaseBatchRequest = z.infer<typeof codebaseBatchRequestSchema>;

export const promptPreviewRequestSchema = z
  .object({
    ...samplingShape,
    temperature: temperature(number()).default(DEFAULT_TEMPERATURE),
    items: int(number(), 1, PROMPT_PREVIEW.max).default(PROMPT_PREVIEW.default),
  })
  .superRefine(samplingRules)
  .transform(withCounts);

export const batchActionSchema = z.object({
  action: z.enum(BATCH_ACTIONS, { error: `must be one of ${BATCH_ACTIONS.join(', ')}` }),
  /** "retry-failed": only items that failed with this class. */
  failureClass: z.string().max(40).optional(),
  /** "resume": a new budget (null removes it). */
  maxTokens: int(number(), 1, 1e12).nullable().optional(),
});

export const batchIdSchema = z.string().regex(/^b-[a-z0-9-]{4,64}$/, 'is not a batch id');

export const presetSchema = z.object({
  name: z
    .string({ error: 'must be a string' })
    .trim()
    .min(1, 'must not be empty')
    .max(80, 'must be at most 80 characters'),
  query: z.string({ error: 'must be a string' }).max(10_000, 'must be at most 10000 characters'),
});

export type BatchRequest = z.infer<typeof batchRequestSchema>;
export type BatchRequestInput = z.input<typeof batchRequestSchema>;
export type PromptPreviewRequest = z.infer<typeof promptPreviewRequestSchema>;
export type PromptPreviewRequestInput = z.input<typeof promptPreviewRequestSchema>;
export type BatchAction = z.infer<typeof batchActionSchema>;

/** Items per page of a batch's item list: default and most. */
export const ITEM_PAGE = { default: 50, max: 200 } as const;

// A blank URL parameter (`?from=`) means "the default", not 0.
const pageNumber = (min: number, max: number, fallback: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    int(z.coerce.number({ error: 'must be a number' }), min, max).default(fallback),
  );

/** GET /api/batches/:id/items?from=&size=: from is the 0-based first index. */
export const batchItemsQuerySchema = z.object({
  from: pageNumber(0, MAX_BATCH_COUNT, 0),
  size: pageNumber(1, ITEM_PAGE.max, ITEM_PAGE.default),
});
