import 'server-only';
import { readQuery } from '../db/driver';
import type { StoredFunctionRow } from './rows';
import type { DocumentFunctions, FunctionCounts, FunctionWithDocument, StoredFunction } from './types';

function reshape(row: StoredFunctionRow): StoredFunction {
  return { ...row, params: JSON.parse(row.params) as StoredFunction['params'], docstring: row.docstring ?? null };
}

/**
 * Stored functions in document and reading order. `eligibleOnly`: only Case2Code candidates; `docId`: one
 * document's; `limit`: at most that many (all by default).
 */
export async function listFunctions({
  eligibleOnly = false,
  docId,
  limit,
}: { eligibleOnly?: boolean; docId?: string; limit?: number } = {}): Promise<StoredFunction[]> {
  const rows = await readQuery('functions/list', {
    eligibleOnly,
    docId: docId ?? null,
    limit: limit ?? Number.MAX_SAFE_INTEGER,
  });
  return rows.map((row) => reshape(row.fn));
}

/** One function with its document's id, title, source and URL (null when it has none); null if the key is unknown. */
export async function functionByKey(key: string): Promise<FunctionWithDocument | null> {
  const [row] = await readQuery('functions/by-key', { key });
  if (!row) return null;
  return { ...reshape(row.fn), document: { ...row.document, url: row.document.url ?? null } };
}

/** Documents scanned, blocks, unparsed blocks, functions, eligible, nested and the drop reasons, from the stored nodes. */
export async function functionCounts(): Promise<FunctionCounts> {
  const [[counts], reasons] = await Promise.all([readQuery('functions/counts'), readQuery('functions/reasons')]);
  return { ...counts!, reasons };
}

/** A document's functions for the document view: totals and each one's name, signature and problems. */
export async function documentFunctions(docId: string): Promise<DocumentFunctions> {
  const [stored, taskRows] = await Promise.all([
    listFunctions({ docId }),
    readQuery('functions/tasks-of-document', { docId }),
  ]);
  const tasks = new Map(taskRows.map((row) => [row.key, row]));
  const functions = stored.map(({ key, name, signature, eligible, problems, part }) => ({
    key,
    name,
    signature,
    eligible,
    problems,
    part,
    taskCount: tasks.get(key)?.count ?? 0,
    tasks: tasks.get(key)?.tasks ?? [],
  }));
  return { total: functions.length, eligible: functions.filter((f) => f.eligible).length, functions };
}
