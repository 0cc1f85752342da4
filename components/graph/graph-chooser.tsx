'use client';

import { useQuery } from '@tanstack/react-query';
import { codebaseGraph, codebaseOfGraph } from '@/lib/schemas/explore-view';
import { codebasesQuery } from './code-queries';

/** The scenario graph or one of the stored codebases (name@version, with counts). */
export function GraphChooser({ graph, onChoose }: { graph: string | null; onChoose(graph: string | null): void }) {
  const { data, error } = useQuery(codebasesQuery());
  const codebases = data?.codebases ?? [];
  const current = codebaseOfGraph(graph);
  return (
    <label className="control graph-chooser">
      Graph
      <select aria-label="Graph" value={graph ?? ''} onChange={(e) => onChoose(e.target.value || null)}>
        <option value="">Scenario graph</option>
        {codebases.map((c) => (
          <option key={c.key} value={codebaseGraph(c.key)}>
            {c.key} · {c.modules} modules, {c.classes} classes, {c.functions} functions
          </option>
        ))}
        {current !== null && !codebases.some((c) => c.key === current) ? (
          <option value={graph ?? ''}>{current}</option>
        ) : null}
      </select>
      {error ? <span className="muted small"> (codebases unavailable)</span> : null}
    </label>
  );
}
