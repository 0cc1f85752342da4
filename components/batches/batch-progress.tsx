import type { BatchDetail } from '@/lib/synthesis/types';
import { formatCount, formatTime, formatTokens } from '@/components/ui/format';
import { Metric } from '@/components/ui/metric';
import { formatEta } from './format';
import { BatchProgressBar, ProgressLegend } from './progress-bar';

/** Live progress: the stacked bar, item counts, tokens against the budget, rate and ETA. */
export function BatchProgress({ batch }: { batch: BatchDetail }) {
  const remaining = Math.max(0, batch.count - batch.done - batch.failed - batch.inFlight);
  const budget = batch.maxTokens;
  const rate = batch.perMinute;
  const budgetShare = budget === null ? 0 : Math.min(100, (100 * batch.tokens.total) / budget);
  return (
    <section className="panel" aria-labelledby="progress-heading">
      <div className="section-head">
        <h2 id="progress-heading">Progress</h2>
        <ProgressLegend />
      </div>
      <BatchProgressBar batch={batch} large />
      <div className="progress-text" role="group" aria-label="Progress counts">
        <strong>{formatCount(batch.done)}</strong> done · <strong>{formatCount(batch.failed)}</strong> failed ·{' '}
        <strong>{formatCount(batch.inFlight)}</strong> in flight · {formatCount(remaining)} to go · of{' '}
        {formatCount(batch.count)}
      </div>
      <div className="metric-grid">
        <Metric
          label="Tokens"
          value={formatTokens(batch.tokens.total)}
          note={`${formatCount(batch.tokens.prompt)} prompt + ${formatCount(batch.tokens.completion)} completion`}
        />
        <Metric
          label="Budget"
          value={budget === null ? 'none' : `${budgetShare.toFixed(0)}%`}
          note={
            budget === null ? 'no token limit' : `${formatCount(batch.tokens.total)} of ${formatCount(budget)} tokens`
          }
        />
        <Metric
          label="Rate"
          value={rate === null ? '—' : `${rate.toFixed(rate < 10 ? 1 : 0)}/min`}
          note={rate === null ? 'items per minute, while running' : 'items finished per minute'}
        />
        <Metric
          label="ETA"
          value={formatEta(batch)}
          note={
            batch.finishedAt !== null
              ? `finished ${formatTime(batch.finishedAt)}`
              : batch.startedAt !== null
                ? `started ${formatTime(batch.startedAt)}`
                : 'not started yet'
          }
        />
      </div>
      {budget !== null ? (
        <div
          className="budget-bar"
          role="meter"
          aria-label="Token budget used"
          aria-valuemin={0}
          aria-valuemax={budget}
          aria-valuenow={Math.min(batch.tokens.total, budget)}
        >
          <span style={{ width: `${budgetShare}%` }} className={budgetShare >= 100 ? 'over' : undefined} />
        </div>
      ) : null}
    </section>
  );
}
