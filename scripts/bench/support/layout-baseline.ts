// The layout Explore used before d3-force, kept here only as bench:explore's same-run baseline:
// fcose with draft quality (the spectral step alone) above 200 nodes, as components/graph/layout.ts
// configured it until the layout was replaced.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { GraphElement } from '../../../lib/graph/to-elements';
import type { Positions } from '../../../components/graph/layout';

cytoscape.use(fcose);

export function oldFcoseLayout(elements: GraphElement[]): Positions {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: elements as cytoscape.ElementDefinition[],
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
  });
  const n = cy.nodes().length;
  cy.layout({
    name: 'fcose',
    quality: n > 200 ? 'draft' : 'default',
    randomize: true,
    animate: false,
    fit: false,
    nodeRepulsion: () => (n > 200 ? 8000 : 20000),
    idealEdgeLength: () => (n > 200 ? 70 : 140),
    edgeElasticity: () => 0.2,
    nodeSeparation: 90,
    numIter: n > 500 ? 1200 : 2500,
    packComponents: true,
  } as cytoscape.LayoutOptions).run();
  const out: Positions = {};
  cy.nodes().forEach((node) => {
    out[node.id()] = { ...node.position() };
  });
  cy.destroy();
  return out;
}
