import { EDGE_WIDTH, NODE_SIZE } from '@/lib/graph/to-elements';

/** What size and thickness mean, drawn with the same sizes the canvas uses. */
export function GraphLegend() {
  return (
    <aside className="graph-legend" aria-label="How to read the graph">
      <span className="graph-legend-item">
        <svg width={NODE_SIZE.max + 24} height={NODE_SIZE.max / 2 + 6} aria-hidden="true">
          <circle cx={NODE_SIZE.min / 4 + 2} cy={NODE_SIZE.max / 4 + 3} r={NODE_SIZE.min / 4} />
          <circle cx={NODE_SIZE.max / 2 + 14} cy={NODE_SIZE.max / 4 + 3} r={NODE_SIZE.max / 4} />
        </svg>
        <span>
          <strong>Node size</strong>: documents that mention the element (square-root scale; the largest in view is
          biggest)
        </span>
      </span>
      <span className="graph-legend-item">
        <svg width={56} height={16} aria-hidden="true">
          <line x1={2} y1={4} x2={54} y2={4} strokeWidth={EDGE_WIDTH.min} />
          <line x1={2} y1={12} x2={54} y2={12} strokeWidth={EDGE_WIDTH.max / 2} />
        </svg>
        <span>
          <strong>Line thickness</strong>: co-occurrence weight, the documents in which both appear; faint lines join
          two neighbours, darker ones join the focus
        </span>
      </span>
      <span className="graph-legend-item muted">
        Labels that would collide are left out; zoom in, select or point at a node to see more.
      </span>
    </aside>
  );
}
