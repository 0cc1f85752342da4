'use client';

import { useQuery } from '@tanstack/react-query';
import type { GraphStats } from '@/lib/graph/stats';
import { fetchJson } from '@/components/ui/fetch-json';

/** The empty state: a few well-connected scenarios to start from. */
export function StartHere({ onChoose }: { onChoose(id: string): void }) {
  const { data } = useQuery({ queryKey: ['stats'], queryFn: () => fetchJson<GraphStats>('/api/stats') });
  return (
    <div className="panel start-here">
      <h2>Pick an element to explore</h2>
      <p className="muted">Search above (press /), or start from one of the most connected scenarios:</p>
      <ul className="chip-row">
        {(data?.topScenarios ?? []).map((s) => (
          <li key={s.key}>
            <button type="button" className="chip" onClick={() => onChoose(`Scenario:${s.key}`)}>
              {s.name} <span className="muted">· {s.degree}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
