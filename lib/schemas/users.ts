import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, ROLES } from '../domain/roles';

// The admin page's forms and the /api/users and /api/tokens routes share these, so a field the form accepts is
// one the server accepts, and the server's 400 names the same field the form marks.

export const roleSchema = z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` });

export const emailSchema = z
  .string({ error: 'is required' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'is not an e-mail address' }));

export const newUserSchema = z.object({
  email: emailSchema,
  name: z.string({ error: 'must be a string' }).trim().max(100, 'must be at most 100 characters').optional(),
  role: roleSchema,
  /** Left out: the server generates one and answers it once. */
  password: z
    .string({ error: 'must be a string' })
    .min(MIN_PASSWORD_LENGTH, `must have at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(MAX_PASSWORD_LENGTH, `must have at most ${MAX_PASSWORD_LENGTH} characters`)
    .optional(),
  /** In local mode the first user switches the app to team mode: the caller has to say it means that. */
  confirmTeamMode: z.boolean({ error: 'must be true or false' }).optional(),
});
export type NewUserInput = z.input<typeof newUserSchema>;

export const roleChangeSchema = z.object({ role: roleSchema });

export const idParamSchema = z.string().min(1).max(200);

export const newTokenSchema = z
  .object({
    email: emailSchema.optional(),
    userId: idParamSchema.optional(),
    name: z.string({ error: 'is required' }).trim().min(1, 'is required').max(80, 'must be at most 80 characters'),
    role: roleSchema,
  })
  .refine((token) => (token.email === undefined) !== (token.userId === undefined), {
    message: 'name the owner by email or by userId (exactly one)',
    path: ['email'],
  });
export type NewTokenInput = z.input<typeof newTokenSchema>;

/** A 400 naming one field, for rules a schema cannot see (the caller's mode, the owner's role). */
export function invalidField(field: string, message: string): z.ZodError {
  return new z.ZodError([{ code: 'custom', path: [field], message, input: undefined }]);
}
