import { z } from 'zod';
import type { ElementType } from './element-types';
import { cleanSurface, MAX_NAME_LENGTH } from './normalize';

export const DOCUMENT_SOURCES = ['stackoverflow', 'kaggle', 'other'] as const;
export type DocumentSource = (typeof DOCUMENT_SOURCES)[number];

const MAX_ELEMENTS_PER_LIST = 100;

const elementName = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') })
  .superRefine((name, ctx) => {
    const length = cleanSurface(name).length;
    if (length === 0) ctx.addIssue({ code: 'custom', message: 'name is empty' });
    else if (length > MAX_NAME_LENGTH)
      ctx.addIssue({ code: 'custom', message: `name is ${length} characters long; the limit is ${MAX_NAME_LENGTH}` });
  });

const nameList = (max: number) =>
  z
    .array(elementName, {
      error: (issue) => (issue.input === undefined ? 'is required' : 'must be an array of strings'),
    })
    .max(max, `has more than ${max} names`);

const requiredString = (max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') })
    .max(max, `is longer than ${max} characters`);

/** An extraction record (SPEC.md §2): what the extraction step produces for one document. */
export const extractionRecordSchema = z.object({
  docId: requiredString(200).trim().min(1, 'must not be empty'),
  source: z.enum(DOCUMENT_SOURCES, { error: `must be one of ${DOCUMENT_SOURCES.join(', ')}` }),
  title: requiredString(1000),
  scenarios: nameList(3).min(1, 'must list at least one scenario'),
  knowledge: nameList(MAX_ELEMENTS_PER_LIST),
  domainSkills: nameList(MAX_ELEMENTS_PER_LIST),
  codingSkills: nameList(MAX_ELEMENTS_PER_LIST),
  model: z.string().max(200).optional(),
  promptVersion: z.string().max(200).optional(),
});

export type ExtractionRecord = z.infer<typeof extractionRecordSchema>;

/** One element mentioned by a document, normalized. */
export interface ElementMention {
  type: ElementType;
  key: string;
  surface: string;
}

/** Stable identity string of an element: its type and key. */
export function elementId(type: ElementType, key: string): string {
  return `${type}\u0000${key}`;
}
