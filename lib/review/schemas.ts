import { z } from 'zod';
import { elementRefSchema } from '../domain/element-ref';
import { DIFFICULTIES } from '../domain/verification';
import { PROBLEM_KINDS, PROBLEM_STATUSES, REASON_TAGS, VERIFY_FILTERS } from './types';

// Zod schemas shared by the review route handlers, the review page's URL state and the export CLI.

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, `must be at most ${max} characters`).optional());

const coherenceBound = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ error: 'must be a number' })
    .min(-1, 'must be between -1 and 1')
    .max(1, 'must be between -1 and 1')
    .optional(),
);

/** A list filter from a URL (`a,b`, or the key repeated) or a JSON array; empty means no filter. */
const toList = (value: unknown) => {
  const parts = (Array.isArray(value) ? value : [value])
    .flatMap((v) => (typeof v === 'string' ? v.split(',') : [v]))
    .map((v) => (typeof v === 'string' ? v.trim() : v))
    .filter((v) => v !== '' && v !== undefined && v !== null);
  return parts.length === 0 ? undefined : parts;
};

// The error names the field itself ("verify"), not the position of the bad value in the list.
const listOf = <T extends string>(values: readonly T[]) =>
  z.preprocess(
    toList,
    z
      .array(z.unknown(), { error: `must be a list of ${values.join(', ')}` })
      .refine((list) => list.every((v) => typeof v === 'string' && (values as readonly string[]).includes(v)), {
        message: `must be one or more of ${values.join(', ')}`,
      })
      .transform((list) => [...new Set(list as T[])])
      .optional(),
  );

const coveragePercent = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ error: 'must be a number' })
    .min(0, 'must be at least 0 (a percentage)')
    .max(100, 'must be at most 100 (a percentage)')
    .optional(),
);

export const statusSchema = z.enum(PROBLEM_STATUSES, { error: `must be one of ${PROBLEM_STATUSES.join(', ')}` });

export const SORTS = [
  'age',
  'age-desc',
  'coherence',
  'coherence-desc',
  'coverage',
  'coverage-desc',
  'pass-rate',
  'pass-rate-desc',
  'batch',
] as const;
export type ReviewSort = (typeof SORTS)[number];

export const SORT_LABELS: Readonly<Record<ReviewSort, string>> = {
  age: 'Oldest first',
  'age-desc': 'Newest first',
  coherence: 'Lowest coherence first',
  'coherence-desc': 'Highest coherence first',
  coverage: 'Lowest coverage first',
  'coverage-desc': 'Highest coverage first',
  'pass-rate': 'Lowest pass rate first',
  'pass-rate-desc': 'Highest pass rate first',
  batch: 'Batch, then item',
};

/** The queue filter's fields without its status: shared by the review queue and the export's "review filter" scope. */
const filterFields = {
  batch: optionalText(200),
  scenario: optionalText(500),
  element: z.preprocess(blankToUndefined, elementRefSchema.optional()),
  coherenceMin: coherenceBound,
  coherenceMax: coherenceBound,
  duplicate: z.preprocess(blankToUndefined, z.enum(['yes', 'no'], { error: 'must be yes or no' }).optional()),
  /** Verification statuses (`unverified`: problems without a result, e.g. of older batches). */
  verify: listOf(VERIFY_FILTERS),
  difficulty: listOf(DIFFICULTIES),
  /** Line coverage of the kept solution, at least this many percent (problems without coverage drop out). */
  coverageMin: coveragePercent,
  /** scenario problems or Case2Code tasks (issue 15). */
  kind: z.preprocess(
    blankToUndefined,
    z.enum(PROBLEM_KINDS, { error: `must be one of ${PROBLEM_KINDS.join(', ')}` }).optional(),
  ),
};

const coherenceInOrder = (f: { coherenceMin?: number | undefined; coherenceMax?: number | undefined }) =>
  f.coherenceMin === undefined || f.coherenceMax === undefined || f.coherenceMin <= f.coherenceMax;
const coherenceInOrderIssue = { message: 'is above the max coherence', path: ['coherenceMin'] };

export const reviewFilterSchema = z
  .object({ ...filterFields, status: z.preprocess(blankToUndefined, statusSchema.optional()) })
  .refine(coherenceInOrder, coherenceInOrderIssue);

export type ReviewFilter = z.infer<typeof reviewFilterSchema>;

export const PAGE_SIZES = [25, 50, 100] as const;

export const listQuerySchema = z.intersection(
  reviewFilterSchema,
  z.object({
    sort: z.preprocess(blankToUndefined, z.enum(SORTS, { error: `must be one of ${SORTS.join(', ')}` }).default('age')),
    offset: z.coerce
      .number({ error: 'must be a number' })
      .int('must be an integer')
      .min(0, 'must be at least 0')
      .max(10_000_000, 'is too large')
      .default(0),
    limit: z.coerce
      .number({ error: 'must be a number' })
      .int('must be an integer')
      .min(1, 'must be at least 1')
      .max(100, 'must be at most 100')
      .default(25),
  }),
);

export type ListQuery = z.infer<typeof listQuerySchema>;

export const problemKeySchema = z.string().min(1, 'must not be empty').max(300, 'must be at most 300 characters');

/** A typed reviewer name: local mode's only identity. In team mode the signed-in user is the reviewer (lib/audit). */
export const reviewerNameSchema = z
  .string({ error: 'must be a string' })
  .trim()
  .min(1, 'must not be empty')
  .max(80, 'must be at most 80 characters');
const reviewer = reviewerNameSchema.optional();
const version = z.number({ error: 'must be a number' }).int('must be an integer').min(1, 'must be at least 1');
const reasons = z
  .array(z.enum(REASON_TAGS, { error: `must be one of ${REASON_TAGS.join(', ')}` }), {
    error: 'must be a list of reason tags',
  })
  .min(1, 'name at least one reason')
  .max(REASON_TAGS.length, 'has too many reasons');
const note = z.string({ error: 'must be a string' }).trim().max(2_000, 'must be at most 2000 characters').optional();
const requiredText = (max: number) =>
  z
    .string({ error: 'must be a string' })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);

const otherNeedsNote = (value: { reasons: readonly string[]; note?: string | undefined }) =>
  !value.reasons.includes('other') || (value.note ?? '') !== '';
const otherNeedsNoteIssue = { message: 'is required when the reason is "other"', path: ['note'] };

export const rejectionSchema = z.object({ reasons, note }).refine(otherNeedsNote, otherNeedsNoteIssue);

export const actionSchema = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('approve'), version, reviewer }),
    z.object({ action: z.literal('reopen'), version, reviewer }),
    z
      .object({ action: z.literal('reject'), version, reviewer, reasons, note })
      .refine(otherNeedsNote, otherNeedsNoteIssue),
    z.object({
      action: z.literal('edit'),
      version,
      reviewer,
      title: requiredText(300).optional(),
      statement: requiredText(50_000),
      answerCode: requiredText(50_000),
      answerExplanation: z
        .string({ error: 'must be a string' })
        .trim()
        .max(20_000, 'must be at most 20000 characters')
        .optional(),
    }),
  ],
  { error: 'must be one of approve, reject, reopen, edit' },
);

export type ActionRequest = z.infer<typeof actionSchema>;
export type EditRequest = Extract<ActionRequest, { action: 'edit' }>;

export const bulkSchema = z
  .object({
    filter: reviewFilterSchema,
    action: z.enum(['approve', 'reject'], { error: 'must be approve or reject' }),
    reviewer,
    expected: z.number({ error: 'must be a number' }).int('must be an integer').min(1, 'must be at least 1'),
    reasons: reasons.optional(),
    note,
  })
  .refine((b) => b.action !== 'reject' || b.reasons !== undefined, {
    message: 'name at least one reason to reject',
    path: ['reasons'],
  })
  .refine((b) => otherNeedsNote({ reasons: b.reasons ?? [], note: b.note }), otherNeedsNoteIssue);

export type BulkRequest = z.infer<typeof bulkSchema>;

/** "Verify again": who asks. */
export const verifyAgainSchema = z.object({ by: reviewer });

/** "Regenerate examples": the version the reviewer saw (a newer one is a 409). */
export const regenerateExamplesSchema = z.object({ version: z.number().int().min(1), reviewer });

export const EXPORT_FORMATS = ['sft', 'full', 'triplet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * An export: status (approved by default), format, verified only, and its scope: everything, one batch (`batch`),
 * or the review filter's other fields (same names and rules as the queue's filter).
 */
export const exportQuerySchema = z
  .object({
    ...filterFields,
    status: z.preprocess(
      blankToUndefined,
      z
        .enum([...PROBLEM_STATUSES, 'all'], { error: `must be one of ${PROBLEM_STATUSES.join(', ')}, all` })
        .default('approved'),
    ),
    format: z.preprocess(
      blankToUndefined,
      z.enum(EXPORT_FORMATS, { error: 'must be sft, full or triplet' }).default('sft'),
    ),
    /** Only problems whose verification passed (verifyStatus = 'passed'); `verified=1` in the API. */
    verified: z.preprocess(
      (value) => (value === '1' || value === 'true' ? true : value === '0' || value === 'false' ? false : value),
      z.boolean({ error: 'must be 1 or 0' }).default(false),
    ),
  })
  .refine(coherenceInOrder, coherenceInOrderIssue);

export type ExportQuery = z.infer<typeof exportQuerySchema>;

export const duplicatesRequestSchema = z.object({ batch: optionalText(200) });
