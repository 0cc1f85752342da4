// Labels and edge weights on the Cytoscape canvas: a constant on-screen size at any zoom, and
// culling so only labels with room of their own are drawn (the most important win).
import type { Core, NodeSingular } from 'cytoscape';
import { cullLabels, type LabelCandidate } from './label-culling';
import type { Box } from './layout-quality';

export const LABEL_PX = 11;
const FOCUS_LABEL_PX = 13;
const WEIGHT_PX = 11;
const LINE_HEIGHT = 1.3;
const LABEL_MARGIN = 2;

let measureContext: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/** Rendered text width in px, measured once per label and size with a canvas. */
function textWidth(text: string, px: number, bold: boolean): number {
  const key = `${px}|${bold ? 'b' : ''}|${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  if (measureContext === undefined) measureContext = document.createElement('canvas').getContext('2d');
  let width = text.length * px * 0.6;
  if (measureContext) {
    measureContext.font = `${bold ? 'bold ' : ''}${px}px Helvetica, Arial, sans-serif`;
    width = measureContext.measureText(text).width;
  }
  widths.set(key, width);
  return width;
}

/** Where a node's label sits on screen (below the node, as the style draws it). */
export function labelBox(node: NodeSingular, zoom: number): Box {
  const focus = node.hasClass('focus');
  const px = focus ? FOCUS_LABEL_PX : LABEL_PX;
  const p = node.renderedPosition();
  const radius = (Number(node.data('size')) * zoom) / 2;
  const w = textWidth(String(node.data('label') ?? ''), px, focus) + 4;
  const y1 = p.y + radius + LABEL_MARGIN;
  return { x1: p.x - w / 2, x2: p.x + w / 2, y1, y2: y1 + px * LINE_HEIGHT };
}

function priority(node: NodeSingular, selectedId: string | null, expanded: readonly string[], near: Set<string>) {
  const docs = Number(node.data('docCount') ?? 0);
  if (node.hasClass('focus')) return 4e9;
  if (node.id() === selectedId) return 3e9;
  if (expanded.includes(node.id())) return 2e9 + docs;
  if (near.has(node.id())) return 1e9 + docs;
  return docs;
}

/**
 * Shows the labels that fit and hides the rest, sized for the current zoom; edge weights on the
 * hovered edge and the selected node's edges get the same treatment. Returns the shown label ids.
 */
export function updateLabels(
  cy: Core,
  shownNodes: cytoscape.NodeCollection,
  selectedId: string | null,
  expanded: readonly string[],
): Set<string> {
  const zoom = cy.zoom();
  const viewport: Box = { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() };
  // The selected node's neighbours come right after it.
  const near = new Set(
    selectedId
      ? cy
          .getElementById(selectedId)
          .neighborhood('node')
          .map((n) => n.id())
      : [],
  );
  const candidates: LabelCandidate[] = shownNodes.map((node) => ({
    id: node.id(),
    priority: priority(node, selectedId, expanded, near),
    ...labelBox(node, zoom),
  }));
  // Node shapes are obstacles: a label may not cover a more important node (the focus's and the selection's show anyway).
  const obstacles = shownNodes.map((node) => {
    const p = node.renderedPosition();
    const r = (Number(node.data('size')) * zoom) / 2;
    const importance = priority(node, selectedId, expanded, near);
    return { id: node.id(), priority: importance, x1: p.x - r, x2: p.x + r, y1: p.y - r, y2: p.y + r };
  });
  const always = new Set(shownNodes.filter((n) => n.hasClass('focus') || n.id() === selectedId).map((n) => n.id()));
  const kept = cullLabels(candidates, viewport, obstacles, always);
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const on = kept.has(node.id());
      if (on && !node.hasClass('label-on')) node.addClass('label-on');
      if (!on && node.hasClass('label-on')) node.removeClass('label-on');
      if (on) {
        const px = node.hasClass('focus') ? FOCUS_LABEL_PX : LABEL_PX;
        node.style({ 'font-size': px / zoom, 'text-outline-width': 2 / zoom, 'text-margin-y': LABEL_MARGIN / zoom });
      }
    });
    cy.edges('.weight-on').style({ 'font-size': WEIGHT_PX / zoom, 'text-outline-width': 2 / zoom });
  });
  return kept;
}
