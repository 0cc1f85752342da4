import { CODE_RELATIONSHIPS } from '@/lib/domain/code-graph';
import { CODE_EDGE_STYLES } from './code-style';

const DASH = { solid: undefined, dashed: '6 4', dotted: '2 3' } as const;

/** What the lines of a code graph mean: one style per relationship, arrows from the source of each. */
export function CodeGraphLegend() {
  return (
    <aside className="graph-legend" aria-label="How to read the code graph">
      {CODE_RELATIONSHIPS.map((rel) => {
        const s = CODE_EDGE_STYLES[rel];
        return (
          <span key={rel} className="graph-legend-item" data-rel={rel}>
            <svg width={40} height={10} aria-hidden="true">
              <line
                x1={2}
                y1={5}
                x2={38}
                y2={5}
                strokeWidth={2}
                strokeDasharray={DASH[s.line]}
                style={{ stroke: s.color }}
              />
            </svg>
            <span>
              <strong>{rel}</strong>: {s.title}
            </span>
          </span>
        );
      })}
      <span className="graph-legend-item" data-rel="CALLS-unresolved">
        <svg width={40} height={10} aria-hidden="true">
          <line
            x1={2}
            y1={5}
            x2={38}
            y2={5}
            strokeWidth={2}
            style={{ stroke: CODE_EDGE_STYLES.CALLS.color }}
            strokeDasharray="6 4"
          />
        </svg>
        <span>
          <strong>CALLS, unresolved</strong>: an attribute call matched by its method name only
        </span>
      </span>
      <span className="graph-legend-item muted">
        Arrows point from the source: a module contains, a function calls, a class inherits from its base. Methods are
        the smaller functions with a dark ring.
      </span>
    </aside>
  );
}
