import { z } from 'zod';

export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export const startRunQuerySchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(200, 'must be at most 200 characters')
    .default('upload.jsonl'),
  jaccard: z.coerce
    .number({ error: 'must be a number' })
    .min(0.01, 'must be between 0.01 and 1')
    .max(1, 'must be between 0.01 and 1')
    .default(0.8),
});
