import 'server-only';
import type { ChatCompletion } from 'openai/resources/chat/completions';
import { z } from 'zod';

export type ParsedReply<T> =
  | { ok: true; data: T }
  | { ok: false; failureClass: 'truncated' | 'refused' | 'invalid_output'; problem: string; content: string };

/**
 * Reads a completion's first choice: a refusal or a length cut-off is reported as such and never
 * parsed; anything else must be JSON that passes `schema`.
 */
export function parseReply<T>(completion: ChatCompletion, schema: z.ZodType<T>): ParsedReply<T> {
  const choice = completion.choices[0];
  const content = choice?.message.content ?? '';
  if (!choice) return { ok: false, failureClass: 'invalid_output', problem: 'the reply has no choices', content };
  if (choice.message.refusal)
    return { ok: false, failureClass: 'refused', problem: `the model refused: ${choice.message.refusal}`, content };
  if (choice.finish_reason === 'content_filter')
    return { ok: false, failureClass: 'refused', problem: 'the reply was withheld by a content filter', content };
  if (choice.finish_reason === 'length')
    return {
      ok: false,
      failureClass: 'truncated',
      problem: 'the reply was cut off at the token limit (finish_reason "length")',
      content,
    };

  let raw: unknown;
  try {
    raw = JSON.parse(stripCodeFence(content));
  } catch (error) {
    return {
      ok: false,
      failureClass: 'invalid_output',
      problem: `the reply is not JSON (${(error as Error).message})`,
      content,
    };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      failureClass: 'invalid_output',
      problem: `the JSON does not match the schema:\n${z.prettifyError(parsed.error)}`,
      content,
    };
  return { ok: true, data: parsed.data };
}

// Local models in JSON mode sometimes wrap the object in a markdown fence anyway.
function stripCodeFence(content: string): string {
  const match = /^\s*```(?:json)?\s*\n([\s\S]*?)\n?```\s*$/.exec(content);
  return match?.[1] ?? content;
}
