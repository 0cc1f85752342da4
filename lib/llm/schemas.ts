import 'server-only';
import { z } from 'zod';
import { extractionRecordSchema } from '../graph/extraction-record';

/** The extraction reply: the four element lists of an extraction record, nothing else. */
export const extractionReplySchema = extractionRecordSchema.pick({
  scenarios: true,
  knowledge: true,
  domainSkills: true,
  codingSkills: true,
});

export type ExtractionReply = z.infer<typeof extractionReplySchema>;

/** Name of the extraction reply's JSON schema in `response_format`; the stub recognizes it. */
export const EXTRACTION_SCHEMA_NAME = 'extraction';
