'use client';

import cytoscape, { type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { GRAPH_STYLE } from '@/components/graph/graph-style';
import type { GraphElement } from '@/lib/graph/to-elements';

// The combination graph of components/sampler, plus a click that opens Explore at the element
// (that component takes no click handler, and it belongs to the sampler).
const STYLE: StylesheetJson = [
  ...GRAPH_STYLE,
  { selector: 'node', style: { 'font-size': 10, 'text-wrap': 'ellipsis', 'text-max-width': '120px' } },
  { selector: 'edge', style: { label: 'data(weight)', 'font-size': 10, 'curve-style': 'straight', 'text-background-color': '#fff', 'text-background-opacity': 1 } },
];

/** A problem's elements with co-occurrence weights on the edges; clicking an element opens it in Explore. */
export function ProblemGraph({ elements, label }: { elements: GraphElement[]; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  const router = useRouter();

  useEffect(() => {
    const cy = cytoscape({ container: container.current, style: STYLE, elements: elements as ElementDefinition[], userZoomingEnabled: false, boxSelectionEnabled: false });
    cy.layout({ name: 'concentric', concentric: (node) => (node.hasClass('focus') ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 28, animate: false, padding: 20 }).run();
    cy.on('tap', 'node', (event) => router.push(`/explore?${new URLSearchParams({ focus: String(event.target.id()) })}`));
    return () => cy.destroy();
  }, [elements, router]);

  return <div ref={container} className="problem-graph" role="img" aria-label={label} />;
}
