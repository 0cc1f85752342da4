'use client';

import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { GraphElement } from '@/lib/graph/to-elements';
import { GRAPH_STYLE } from './graph-style';

// Explore's type colours and shapes, plus the weight on each edge to the scenario; edges among the
// features cross each other, so theirs shows only on hover (or selection), where it cannot overlap.
const STYLE: StylesheetJson = [
  ...GRAPH_STYLE,
  { selector: 'node', style: { 'font-size': 10, 'text-wrap': 'ellipsis', 'text-max-width': '130px' } },
  {
    selector: 'edge',
    style: {
      'curve-style': 'straight',
      opacity: 0.8,
      label: 'data(weight)',
      'font-size': 10,
      color: '#1d2330',
      'text-background-color': '#ffffff',
      'text-background-opacity': 1,
      'text-background-padding': '1px',
    },
  },
  { selector: 'edge.cross', style: { label: '' } },
  { selector: 'edge.cross.hover, edge.cross:selected', style: { label: 'data(weight)', opacity: 1, 'z-index': 10 } },
];

interface CombinationGraphProps {
  elements: GraphElement[];
  label: string;
  /** The container's class, which sets its size. */
  className: string;
  /** Called with an element's id when it is clicked. */
  onSelect?: (id: string) => void;
}

/** A small graph of one combination: the scenario in the middle, features around, weights on edges. Load it without SSR. */
export function CombinationGraph({ elements, label, className, onSelect }: CombinationGraphProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  });

  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: STYLE,
      minZoom: 0.3,
      maxZoom: 3,
      boxSelectionEnabled: false,
      userZoomingEnabled: false,
    });
    cy.on('tap', 'node', (event) => select.current?.(String(event.target.id())));
    cy.on('mouseover', 'edge', (event) => event.target.addClass('hover'));
    cy.on('mouseout', 'edge', (event) => event.target.removeClass('hover'));
    cyRef.current = cy;
    return () => {
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.elements().remove();
    cy.add(elements as ElementDefinition[]);
    cy.layout({
      name: 'concentric',
      concentric: (node) => (node.hasClass('focus') ? 2 : 1),
      levelWidth: () => 1,
      minNodeSpacing: 30,
      animate: false,
      padding: 24,
    }).run();
    cy.fit(undefined, 24);
  }, [elements]);

  return <div ref={container} className={className} role="img" aria-label={label} />;
}
