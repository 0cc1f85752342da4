import type { StylesheetJson } from 'cytoscape';
import { GRAPH_STYLE } from '@/components/shared/graph-style';
import { CODE_GRAPH_STYLE } from './code-style';

/**
 * Explore's canvas style: the shared graph style, with labels drawn only where culling kept them
 * (`label-on`; canvas-labels sets their size per zoom), edge weights on `weight-on` edges, and the
 * filters' classes (hidden type, below the minimum weight, orphaned by the filters) not drawn.
 */
export const EXPLORE_STYLE: StylesheetJson = [
  ...GRAPH_STYLE,
  ...CODE_GRAPH_STYLE,
  { selector: 'node', style: { label: '', 'min-zoomed-font-size': 0 } },
  // A labelled node draws above unlabelled ones, so its label is not hidden under a neighbour.
  { selector: 'node.label-on', style: { label: 'data(label)', 'z-index': 2 } },
  { selector: 'node:selected', style: { 'z-index': 10 } },
  { selector: 'node.focus', style: { 'z-index': 20 } },
  {
    selector: 'edge.weight-on',
    style: {
      label: 'data(weight)',
      'curve-style': 'straight',
      opacity: 1,
      'line-color': '#5b6478',
      color: '#1d2330',
      'text-outline-color': '#ffffff',
      'font-weight': 'bold',
      'z-index': 5,
    },
  },
  // A code edge says what it is rather than a weight.
  { selector: 'edge.code.weight-on', style: { label: 'data(rel)', 'font-size': 8, 'curve-style': 'bezier' } },
  { selector: 'edge.hovered', style: { 'line-color': '#f28e2b' } },
  { selector: '.hidden-type, .below-min, .orphan', style: { display: 'none' } },
];
