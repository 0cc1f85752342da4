import 'server-only';
import type { DocumentRecord } from '../domain/document-record';
import type { ChatJsonRequest } from './client';
import { loadPrompt } from './prompts';
import { EXTRACTION_SCHEMA_NAME, extractionReplySchema, type ExtractionReply } from './schemas';

/** The user message of an extraction: the document as the model reads it. */
export function documentMessage(document: Pick<DocumentRecord, 'title' | 'body' | 'tags' | 'answers'>): string {
  const parts = [`Title: ${document.title}`];
  if (document.tags && document.tags.length > 0) parts.push(`Tags: ${document.tags.join(', ')}`);
  parts.push('', document.body);
  for (const [i, answer] of (document.answers ?? []).entries()) parts.push('', `Answer ${i + 1}:`, answer);
  return parts.join('\n');
}

/** A chatJson request that extracts the four element lists from one document with prompts/extract.md. */
export function extractionRequest(
  document: Pick<DocumentRecord, 'title' | 'body' | 'tags' | 'answers'>,
): ChatJsonRequest<ExtractionReply> {
  const prompt = loadPrompt('extract');
  return {
    task: 'extract',
    messages: [
      { role: 'system', content: prompt.text },
      { role: 'user', content: documentMessage(document) },
    ],
    schema: extractionReplySchema,
    schemaName: EXTRACTION_SCHEMA_NAME,
    promptHash: prompt.hash,
    temperature: 0,
  };
}
