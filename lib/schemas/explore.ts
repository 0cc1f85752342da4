import { z } from 'zod';
import { elementRefSchema } from '../domain/element-ref';
import { ELEMENT_TYPES } from '../domain/element-types';

const boundedInt = (min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int('must be an integer')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`)
    .default(fallback);

export const MAX_NEIGHBOURS = 1000;

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  type: z.enum(ELEMENT_TYPES, { error: `must be one of ${ELEMENT_TYPES.join(', ')}` }).optional(),
  limit: boundedInt(1, 50, 12),
});

export const neighbourhoodQuerySchema = z.object({
  id: elementRefSchema,
  limit: boundedInt(1, MAX_NEIGHBOURS, 50),
  hops: z
    .enum(['1', '2'], { error: 'must be 1 or 2' })
    .default('1')
    .transform((value) => (value === '2' ? 2 : 1)),
  perNode: boundedInt(1, 20, 5),
});

export const detailsQuerySchema = z.object({
  id: elementRefSchema,
  perType: boundedInt(1, 50, 8),
  documents: boundedInt(1, 200, 30),
});

export const documentIdSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters');

export type SearchQuery = z.infer<typeof searchQuerySchema>;
export type NeighbourhoodQuery = z.infer<typeof neighbourhoodQuerySchema>;
export type DetailsQuery = z.infer<typeof detailsQuerySchema>;
