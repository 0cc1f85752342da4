import 'server-only';
import type { Actor } from '../domain/roles';
import { exportCount } from '../review/export';
import type { ExportQuery } from '../review/schemas';
import { record } from './record';

const FILTER_FIELDS = [
  'scenario',
  'element',
  'coherenceMin',
  'coherenceMax',
  'duplicate',
  'verify',
  'difficulty',
  'coverageMin',
] as const;

/** Which of the Review page's three export scopes a query is: every batch, one batch, or the review filter. */
export function exportScope(query: ExportQuery): 'all' | 'batch' | 'filter' {
  if (FILTER_FIELDS.some((field) => query[field] !== undefined)) return 'filter';
  return query.batch ? 'batch' : 'all';
}

/**
 * Records an export by `actor` with its scope and how many problems it holds, when the download starts.
 * An export only reads and streams over many transactions, so this is a write of its own, made before
 * the first row goes out: a download the client abandons is still on record.
 */
export async function recordExport(actor: Actor, query: ExportQuery, skippedWithoutTests = 0): Promise<void> {
  const problems = await exportCount(query);
  const scope = exportScope(query);
  const filter = Object.fromEntries(FILTER_FIELDS.flatMap((f) => (query[f] === undefined ? [] : [[f, query[f]]])));
  const rows = problems - skippedWithoutTests;
  const what = scope === 'batch' ? `batch ${query.batch}` : scope === 'filter' ? 'the review filter' : 'every batch';
  await record(actor, {
    action: 'export',
    target: query.batch ? `batch:${query.batch}` : 'problems',
    summary: `exported ${rows} ${query.status}${query.verified ? ' verified' : ''} problems of ${what} as ${query.format}`,
    detail: {
      scope,
      status: query.status,
      format: query.format,
      verified: query.verified,
      batch: query.batch ?? null,
      filter,
      problems,
      rows,
      skippedWithoutTests,
    },
  });
}
