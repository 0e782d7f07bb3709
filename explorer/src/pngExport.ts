import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { hideCollidingLabels } from './labelCollision';

/** Interaction state that belongs on the screen, not in a picture of the view: hover emphasis (`full`). */
const SCREEN_ONLY_CLASSES = new Set(['full']);

/**
 * The view at twice the screen's resolution, as a PNG, without the selection ring or hover emphasis. It is drawn
 * by a throwaway cytoscape instance holding a copy of the view (positions, classes, pan, zoom, same stylesheet) with
 * nothing selected, off screen, and destroyed after. Unselecting the live graph instead is not enough: cytoscape
 * recomputes style lazily and `cy.png()` then draws the selected node's label with its previous size (its wider
 * text background covered part of an edge, so the picture differed from one taken without a selection). A copy
 * has no such state, the picture is the same whatever is selected, and the screen does not flicker.
 */
export function viewPng(cy: Core, style: StylesheetJson): Blob {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = `position:fixed;left:-${cy.width() + 100}px;top:0;width:${cy.width()}px;height:${cy.height()}px;padding:0;border:0;visibility:hidden;pointer-events:none`;
  document.body.append(host);
  const elements: ElementDefinition[] = cy.elements().map((e) => ({
    group: e.group(),
    data: { ...(e.data() as Record<string, unknown>) },
    ...(e.isNode() ? { position: { ...e.position() } } : {}),
    classes: e.classes().filter((c) => !SCREEN_ONLY_CLASSES.has(c)),
  }));
  const copy = cytoscape({
    container: host,
    style,
    elements,
    layout: { name: 'preset', fit: false },
    zoom: cy.zoom(),
    pan: { ...cy.pan() },
    minZoom: cy.minZoom(),
    maxZoom: cy.maxZoom(),
    userZoomingEnabled: false,
    userPanningEnabled: false,
    autoungrabify: true,
  });
  try {
    // Label collisions as they would be with nothing selected, so the picture does not depend on the selection.
    hideCollidingLabels(copy, null);
    return copy.png({ output: 'blob', full: false, bg: '#fff', scale: 2 });
  } finally {
    copy.destroy();
    host.remove();
  }
}
