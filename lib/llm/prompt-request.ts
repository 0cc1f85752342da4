import 'server-only';
import type { z } from 'zod';
import type { ChatJsonRequest } from './client';
import type { LlmTask } from './config';
import { loadPrompt } from './prompts';

/** A request whose system message is the prompt file `name` (its hash stored with the output). */
export function promptRequest<T>(
  name: string,
  task: LlmTask,
  user: string,
  schema: z.ZodType<T>,
  schemaName: string,
  temperature: number,
): ChatJsonRequest<T> {
  const prompt = loadPrompt(name);
  return {
    task,
    messages: [
      { role: 'system', content: prompt.text },
      { role: 'user', content: user },
    ],
    schema,
    schemaName,
    promptHash: prompt.hash,
    temperature,
  };
}
