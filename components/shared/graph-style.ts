import type { Css, StylesheetJson } from 'cytoscape';
import { ELEMENT_TYPE_INFO, ELEMENT_TYPES, type ElementType } from '@/lib/domain/element-types';

export const TYPE_SHAPES: Record<ElementType, Css.NodeShape> = {
  Scenario: 'star',
  Knowledge: 'ellipse',
  DomainSkill: 'diamond',
  CodingSkill: 'round-rectangle',
};

/** Colour and shape by type, size by document count, width by weight (data set by toElements). */
export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-size': 9,
      'min-zoomed-font-size': 8,
      color: '#1d2330',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  ...ELEMENT_TYPES.map((type) => ({
    selector: `node.${type}`,
    style: { 'background-color': ELEMENT_TYPE_INFO[type].color, shape: TYPE_SHAPES[type] },
  })),
  {
    selector: 'node.focus',
    style: { 'border-width': 4, 'border-color': '#1d2330', 'font-weight': 'bold', 'font-size': 12 },
  },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f28e2b', 'overlay-opacity': 0 } },
  { selector: 'node.expanded', style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#1d2330' } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': '#9aa3b5',
      opacity: 0.55,
      'curve-style': 'haystack',
    },
  },
  // Edges among neighbours are context; edges to the focus carry the numbers that drive sampling.
  { selector: 'edge.cross', style: { opacity: 0.18 } },
  { selector: 'node:selected', style: { 'z-index': 10 } },
  { selector: 'edge:selected', style: { 'line-color': '#f28e2b', opacity: 1 } },
  { selector: '.hidden-type, .below-min', style: { display: 'none' } },
];
