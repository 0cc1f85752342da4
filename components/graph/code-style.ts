import type { Css, StylesheetJson } from 'cytoscape';
import {
  CODE_NODE_TYPE_INFO,
  CODE_NODE_TYPES,
  type CodeNodeType,
  type CodeRelationship,
} from '@/lib/domain/code-graph';

export const CODE_TYPE_SHAPES: Record<CodeNodeType, Css.NodeShape> = {
  CodeModule: 'round-rectangle',
  CodeClass: 'hexagon',
  CodeFunction: 'ellipse',
};

/** A method is a function drawn smaller with a dark ring, so methods and module functions tell apart. */
export const METHOD_BORDER = '#7a5c00';

/** How each relationship is drawn: colour, line style, arrow head; CALLS that did not resolve are dashed. */
export const CODE_EDGE_STYLES: Record<
  CodeRelationship,
  { title: string; color: string; line: 'solid' | 'dashed' | 'dotted'; arrow: Css.ArrowShape; hollow?: boolean }
> = {
  CONTAINS: { title: 'contains', color: '#8a94a8', line: 'solid', arrow: 'diamond' },
  IMPORTS: { title: 'imports', color: '#59a14f', line: 'dotted', arrow: 'vee' },
  INHERITS: { title: 'inherits from', color: '#4e79a7', line: 'solid', arrow: 'triangle', hollow: true },
  CALLS: { title: 'calls', color: '#e15759', line: 'solid', arrow: 'triangle' },
  ACCEPTS: { title: 'accepts (a parameter of this class)', color: '#b07aa1', line: 'solid', arrow: 'tee' },
  RETURNS: { title: 'returns', color: '#9c755f', line: 'solid', arrow: 'triangle' },
};

/** Explore's code-graph styles; selectors only match code nodes and `code` edges, so the scenario graph is untouched. */
export const CODE_GRAPH_STYLE: StylesheetJson = [
  ...CODE_NODE_TYPES.map((type) => ({
    selector: `node.${type}`,
    style: { 'background-color': CODE_NODE_TYPE_INFO[type].color, shape: CODE_TYPE_SHAPES[type] },
  })),
  { selector: 'node.CodeModule', style: { width: 'data(size)', height: 'data(size)' } },
  { selector: 'node.method', style: { 'border-width': 2, 'border-color': METHOD_BORDER } },
  {
    selector: 'edge.code',
    style: {
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.9,
      opacity: 0.8,
    },
  },
  ...(Object.entries(CODE_EDGE_STYLES) as Array<[CodeRelationship, (typeof CODE_EDGE_STYLES)[CodeRelationship]]>).map(
    ([rel, s]) => ({
      selector: `edge.code.${rel}`,
      style: {
        'line-color': s.color,
        'target-arrow-color': s.color,
        'target-arrow-shape': s.arrow,
        'line-style': s.line,
        'target-arrow-fill': (s.hollow ? 'hollow' : 'filled') as Css.ArrowFill,
      },
    }),
  ),
  { selector: 'edge.code.unresolved', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
  { selector: 'edge.code.cross', style: { opacity: 0.35 } },
];
