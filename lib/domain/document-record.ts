import { z } from 'zod';
import { DOCUMENT_SOURCES } from './extraction-record';

/** A raw document (SPEC.md §2), the input of extraction and the text shown next to the graph. */
export const documentRecordSchema = z.object({
  id: z.string().trim().min(1, 'must not be empty').max(200),
  source: z.enum(DOCUMENT_SOURCES, { error: `must be one of ${DOCUMENT_SOURCES.join(', ')}` }),
  title: z.string().max(1_000),
  body: z.string().max(200_000),
  tags: z.array(z.string().max(100)).max(50).optional(),
  answers: z.array(z.string().max(200_000)).max(50).optional(),
  url: z.string().max(2_000).optional(),
  license: z.string().max(200).optional(),
});

export type DocumentRecord = z.infer<typeof documentRecordSchema>;
