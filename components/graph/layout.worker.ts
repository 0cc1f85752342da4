// Runs fcose on a headless Cytoscape off the main thread, so a large view never freezes the page.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { fcoseOptions, type LayoutRequest, type Positions } from './layout';

cytoscape.use(fcose);

self.onmessage = (event: MessageEvent<LayoutRequest & { id: number }>) => {
  const { id, elements, fixed } = event.data;
  try {
    // Node sizes come from data, as on screen, so the layout leaves room for big nodes.
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements,
      style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    });
    cy.layout(fcoseOptions(cy.nodes().length, fixed) as cytoscape.LayoutOptions).run();
    const positions: Positions = {};
    cy.nodes().forEach((node) => {
      positions[node.id()] = node.position();
    });
    self.postMessage({ id, positions });
  } catch (error) {
    self.postMessage({ id, error: (error as Error).message });
  }
};
