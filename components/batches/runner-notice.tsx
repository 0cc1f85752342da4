import type { BatchDetail, RunnerInfo } from '@/lib/synthesis/types';
import { distinctRunners, runnerName } from './format';

const NONE_RUNNING = (
  <>
    <strong>No runner is running:</strong> start the app with <code>npm start</code> or run <code>npm run runner</code>.
    Queued batches wait until one starts.
  </>
);

/** How many runner processes are alive (the batches list), or what to start when none is. */
export function RunnerNotice({ runners }: { runners: RunnerInfo[] }) {
  const distinct = distinctRunners(runners);
  if (distinct.length === 0) {
    return (
      <p className="notice notice-warn runner-notice" role="status" aria-label="Runners">
        {NONE_RUNNING}
      </p>
    );
  }
  const slots = distinct.reduce((sum, r) => sum + r.concurrency, 0);
  return (
    <p
      className="note runner-notice"
      role="status"
      aria-label="Runners"
      title={distinct.map((r) => `${r.host} pid ${r.pid}, concurrency ${r.concurrency}`).join('\n')}
    >
      {distinct.length === 1 ? '1 runner' : `${distinct.length} runners`} running ({slots} items at a time):{' '}
      {distinct.map(runnerName).join(', ')}
    </p>
  );
}

/**
 * The runners working on this batch, each named once; nothing when none is. A batch waiting for work
 * with no runner alive at all says what to start.
 */
export function BatchRunners({ batch }: { batch: BatchDetail }) {
  const working = distinctRunners(batch.runners);
  const waiting = batch.status === 'queued' || batch.status === 'running';
  if (working.length === 0) {
    return waiting && batch.runnersAlive === 0 ? (
      <p className="notice notice-warn runner-notice" role="status" aria-label="Runners">
        {NONE_RUNNING}
      </p>
    ) : null;
  }
  return (
    <p
      className="note runner-notice"
      role="status"
      aria-label="Runners"
      title={working.map((r) => `${r.host} pid ${r.pid}, concurrency ${r.concurrency}`).join('\n')}
    >
      {working.length === 1 ? '1 runner' : `${working.length} runners`} working on this batch:{' '}
      {working.map(runnerName).join(', ')}
    </p>
  );
}
