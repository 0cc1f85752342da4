import 'server-only';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../domain/errors';

const PROMPT_ROOT = path.join(process.cwd(), 'lib', 'llm', 'prompts');
const NAME_PATTERN = /^[a-z0-9-]+$/;
const cache = new Map<string, LoadedPrompt>();

/** A prompt file's text and its content hash, stored with every output the prompt produced. */
export interface LoadedPrompt {
  name: string;
  text: string;
  hash: string;
}

/** First 16 hex digits of the SHA-256 of a text. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The prompt lib/llm/prompts/<name>.md; names are fixed strings in code, never user input. */
export function loadPrompt(name: string): LoadedPrompt {
  const cached = cache.get(name);
  if (cached) return cached;
  if (!NAME_PATTERN.test(name)) throw new AppError(`Invalid prompt name "${name}"`);
  let text: string;
  try {
    text = readFileSync(path.join(PROMPT_ROOT, `${name}.md`), 'utf8');
  } catch (error) {
    throw new AppError(`Prompt file lib/llm/prompts/${name}.md cannot be read: ${(error as Error).message}`);
  }
  const prompt = { name, text, hash: contentHash(text) };
  cache.set(name, prompt);
  return prompt;
}
