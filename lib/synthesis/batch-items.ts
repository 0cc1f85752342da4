import 'server-only';
import { readQuery } from '../db/driver';
import { NotFoundError } from '../domain/errors';
import type { BatchItem, BatchItemsPage, ItemStatus } from './types';

/** What the batch-items query returns per index. */
export interface StoredItemRow {
  index: number;
  state: string | null;
  live: boolean | null;
  failureClass: string | null;
  message: string | null;
  title: string | null;
  scenarioName: string | null;
  review: string | null;
}

/** An item's status from its stored problem and item node (either may be missing). */
export function itemStatus(row: Pick<StoredItemRow, 'state' | 'live' | 'title'>): ItemStatus {
  // A stored problem is the item's result, whatever its Item says (fixture batches have none).
  if (row.title !== null || row.state === 'done') return 'done';
  if (row.state === 'failed') return 'failed';
  if (row.state === 'leased') return row.live ? 'running' : 'queued';
  if (row.state === 'queued') return 'queued';
  return 'not started';
}

/** One page of a batch's items in index order, from `from` (0-based), at most `size` of them. */
export async function batchItems(batchId: string, from: number, size: number): Promise<BatchItemsPage> {
  const [row] = await readQuery('synthesis/batch-items', { id: batchId, from, size });
  if (!row) throw new NotFoundError(`No batch with id ${JSON.stringify(batchId)}`);
  return {
    batchId,
    total: row.total,
    from,
    size,
    items: row.items.map((item): BatchItem => ({
      index: item.index,
      status: itemStatus(item),
      title: item.title,
      scenarioName: item.scenarioName,
      review: item.review,
      failureClass: item.state === 'failed' ? item.failureClass : null,
      message: item.state === 'failed' ? item.message : null,
    })),
  };
}
