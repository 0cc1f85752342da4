import type { z } from 'zod';
import { ApiRequestError } from '@/components/ui/fetch-json';

export type FieldErrors = Partial<Record<string, string>>;

/** The first message per field of a failed client-side parse. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || 'form';
    errors[field] ??= issue.message;
  }
  return errors;
}

/** The server's refusal, under the field it named (400) or for the whole form (409 and others). */
export function serverFieldErrors(error: Error, fields: readonly string[]): FieldErrors {
  if (error instanceof ApiRequestError && error.field && fields.includes(error.field)) {
    const [message] = error.messagesFor(error.field);
    return { [error.field]: message ?? error.message };
  }
  return { form: error.message };
}
