import Link from 'next/link';
import type { ReactNode } from 'react';
import { ELEMENT_TYPE_INFO, ELEMENT_TYPES } from '@/lib/domain/element-types';
import type { GraphStats } from '@/lib/graph/stats';

const format = (value: number) => value.toLocaleString('en-US');

function Stat({ label, value, color, note }: { label: string; value: number; color?: string; note?: string }) {
  return (
    <div role="group" aria-label={label} className="stat">
      <span className="stat-label">
        {color ? <span className="type-dot" style={{ background: color }} aria-hidden="true" /> : null}
        {label}
      </span>
      <span className="stat-value" data-testid="stat-value">
        {format(value)}
      </span>
      {note ? <span className="stat-note">{note}</span> : null}
    </div>
  );
}

export function GraphOverview({
  stats,
  uri,
  local,
  children,
}: {
  stats: GraphStats;
  uri: string;
  local: boolean;
  /** Shown under the header, above the statistics (the start-here path). */
  children?: ReactNode;
}) {
  const { counts, topScenarios } = stats;
  const totalElements = ELEMENT_TYPES.reduce((sum, type) => sum + counts.elements[type], 0);
  const maxDegree = Math.max(1, ...topScenarios.map((s) => s.degree));

  return (
    <div className="overview">
      <header className="page-header">
        <h1>Scenario graph</h1>
        <p className="muted">
          Live from Neo4j at <code>{uri}</code> ({local ? 'embedded local database' : 'NEO4J_URI'}).
        </p>
      </header>

      {children}

      <section aria-label="Graph counts" className="stat-grid">
        <Stat label="Documents" value={counts.documents} />
        <Stat label="Co-occurrence edges" value={counts.coOccurrences} note="one per unordered pair" />
        <Stat label="Mentions" value={counts.mentions} note="document → element" />
        <Stat label="Elements" value={totalElements} />
      </section>

      <section aria-labelledby="types-heading" className="panel">
        <h2 id="types-heading">Elements per type</h2>
        <div className="stat-grid">
          {ELEMENT_TYPES.map((type) => (
            <Stat
              key={type}
              label={ELEMENT_TYPE_INFO[type].title}
              value={counts.elements[type]}
              color={ELEMENT_TYPE_INFO[type].color}
              note={`${ELEMENT_TYPE_INFO[type].short} · :${type}`}
            />
          ))}
        </div>
        {totalElements > 0 ? (
          <div className="composition" role="img" aria-label="Share of elements by type">
            {ELEMENT_TYPES.map((type) => (
              <span
                key={type}
                style={{
                  width: `${(100 * counts.elements[type]) / totalElements}%`,
                  background: ELEMENT_TYPE_INFO[type].color,
                }}
                title={`${type}: ${format(counts.elements[type])}`}
              />
            ))}
          </div>
        ) : null}
      </section>

      <section aria-labelledby="top-heading" className="panel">
        <h2 id="top-heading">Top scenarios by degree</h2>
        <p className="muted">Degree = distinct co-occurring elements; strength = summed co-occurrence weight.</p>
        <table aria-label="Top scenarios by degree" className="table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Scenario</th>
              <th scope="col" className="num">
                Documents
              </th>
              <th scope="col" className="num">
                Degree
              </th>
              <th scope="col" className="num">
                Strength
              </th>
            </tr>
          </thead>
          <tbody>
            {topScenarios.map((s, index) => (
              <tr key={s.key}>
                <td>{index + 1}</td>
                <td>
                  <Link href={`/explore?${new URLSearchParams({ focus: `Scenario:${s.key}` })}`}>{s.name}</Link>
                </td>
                <td className="num">{format(s.docCount)}</td>
                <td className="num">
                  <span className="bar" style={{ width: `${(60 * s.degree) / maxDegree}px` }} aria-hidden="true" />
                  {format(s.degree)}
                </td>
                <td className="num">{format(s.strength)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
