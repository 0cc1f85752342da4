import { z } from 'zod';
import { documentIdSchema } from '../schemas/explore';

/** GET /api/functions?doc=ID&eligible=1 */
export const functionsQuerySchema = z.object({
  doc: documentIdSchema.optional(),
  eligible: z.enum(['0', '1'], { error: 'must be 0 or 1' }).optional(),
});
