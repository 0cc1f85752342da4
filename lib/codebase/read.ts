import 'server-only';
import { readQuery } from '../db/driver';
import type { StoredCodebase } from './rows';

export interface CodebaseListing extends Omit<StoredCodebase, 'failed'> {
  failed: Array<{ path: string; line: number; message: string }>;
}

/** Every stored codebase version, by name then age. */
export async function listCodebases(): Promise<CodebaseListing[]> {
  const rows = await readQuery('codebase/list');
  return rows.map(({ codebase }) => ({ ...codebase, failed: JSON.parse(codebase.failed ?? '[]') }));
}
