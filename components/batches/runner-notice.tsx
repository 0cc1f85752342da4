import type { RunnerInfo } from '@/lib/synthesis/types';

/** How many runner processes are working, or what to start when none is. */
export function RunnerNotice({ runners }: { runners: RunnerInfo[] }) {
  if (runners.length === 0) {
    return (
      <p className="notice notice-warn runner-notice" role="status" aria-label="Runners">
        <strong>No runner is running:</strong> start the app with <code>npm start</code> or run{' '}
        <code>npm run runner</code>. Queued batches wait until one starts.
      </p>
    );
  }
  const slots = runners.reduce((sum, r) => sum + r.concurrency, 0);
  return (
    <p
      className="note runner-notice"
      role="status"
      aria-label="Runners"
      title={runners.map((r) => `${r.host} pid ${r.pid}, concurrency ${r.concurrency}`).join('\n')}
    >
      {runners.length === 1 ? '1 runner' : `${runners.length} runners`} working ({slots} items at a time):{' '}
      {runners.map((r) => `${r.host}:${r.pid}`).join(', ')}
    </p>
  );
}
