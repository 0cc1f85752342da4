'use client';

import { ELEMENT_TYPE_INFO } from '@/lib/domain/element-types';
import type { PreviewResult } from '@/lib/sampling/sampler-types';

const NAMES_SHOWN = 6;

/** Scenarios short of candidates (their combinations are marked short, never padded) and cut hops. */
export function SamplerNotices({ result }: { result: PreviewResult | undefined }) {
  if (!result || result.notices.length === 0) return null;
  const short = result.notices.filter((n) => n.short.length > 0);
  const truncated = result.notices.filter((n) => n.truncated);
  return (
    <div className="sampler-notices" role="status" aria-label="Sampling notices">
      {short.length > 0 ? (
        <div className="notice notice-warn">
          <strong>Not enough candidates.</strong> Combinations from these scenarios are marked <em>short</em>: they hold
          every candidate there is, with no padding.
          <ul>
            {short.map((n) => (
              <li key={n.scenario.id}>
                “{n.scenario.name}”:{' '}
                {n.short
                  .map((s) => `${s.available} ${ELEMENT_TYPE_INFO[s.type].title.toLowerCase()} (${s.requested} asked)`)
                  .join(', ')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {truncated.length > 0 ? (
        <div className="notice">
          <strong>Large neighbourhoods.</strong> For{' '}
          {truncated
            .slice(0, NAMES_SHOWN)
            .map((n) => `“${n.scenario.name}”`)
            .join(', ')}
          {truncated.length > NAMES_SHOWN ? ` and ${truncated.length - NAMES_SHOWN} more` : ''} each hop was cut to its
          top neighbours by weight, so second-step probabilities are lower bounds.
        </div>
      ) : null}
      {result.moreNotices > 0 ? <p className="note">…and {result.moreNotices} more scenarios with notices.</p> : null}
    </div>
  );
}
