import type { Core, ElementDefinition } from 'cytoscape';
import { reviewQueries, type SuggestedEdge } from './reviewApi';

/** Pages of 100 read per drawing at most: a queue larger than this is reviewed in the panel, not on the canvas. */
const MAX_PAGES = 20;
export const SUGGESTED_COLOUR = '#d35400';
/** Ids of the drawn suggestion edges; no relation id starts so (relation ids are `from--TYPE-->to`). */
export const SUGGESTION_EDGE_PREFIX = 'suggestion:';

/**
 * Pending relation suggestions drawn on the graph as dashed edges, only while the user asks for them. The view
 * draws them after each step's rendering (which removes every edge that is not a curated relation among the nodes,
 * these included), so they are always the pending suggestions among the nodes now on screen: an accepted one is gone
 * from the queue and comes back from the induced subgraph as a curated (solid) edge.
 */
export class SuggestionOverlay {
  private on = false;
  /** Called with the suggestion id when a dashed edge is clicked. */
  onTap: (suggestionId: string) => void = () => undefined;
  /** Told how many were drawn (null when off), for the toggle's label. */
  onCount: (drawn: number | null, more: boolean) => void = () => undefined;

  constructor(private readonly cy: Core) {
    // The overlay's own style rule, appended to the view's stylesheet: dashed, in a colour no curated edge has.
    cy.style()
      .selector('edge.suggested')
      .style({
        'line-style': 'dashed',
        'line-dash-pattern': [6, 4],
        'line-color': SUGGESTED_COLOUR,
        'target-arrow-color': SUGGESTED_COLOUR,
        'target-arrow-shape': 'triangle',
        width: 2,
        color: SUGGESTED_COLOUR,
      })
      .update();
    cy.on('tap', 'edge.suggested', (ev) => {
      const id = (ev.target as { data(k: string): string }).data('suggestion');
      // After the view's own tap handling, which selects the edge and focuses the canvas: the panel takes the focus.
      queueMicrotask(() => this.onTap(id));
    });
  }

  get enabled(): boolean {
    return this.on;
  }

  async set(on: boolean, hiddenRelations: readonly string[]): Promise<number> {
    this.on = on;
    return this.sync(hiddenRelations);
  }

  /** Draws the pending relation suggestions between nodes on screen (none when off); returns how many. */
  async sync(hiddenRelations: readonly string[]): Promise<number> {
    this.cy.edges('.suggested').remove();
    if (!this.on) {
      this.onCount(null, false);
      return 0;
    }
    const { edges, more } = await this.pending();
    // The nodes after the fetch: a step may not have changed them meanwhile (steps are queued), but be exact.
    const onScreen = new Set(this.cy.nodes().map((n) => n.id()));
    const hidden = new Set(hiddenRelations);
    const drawn = edges.filter(
      (e) => e.from?.existing && e.to?.existing && onScreen.has(e.from.id) && onScreen.has(e.to.id),
    );
    const els: ElementDefinition[] = drawn.map((e) => ({
      group: 'edges',
      data: {
        id: `${SUGGESTION_EDGE_PREFIX}${e.id}`,
        source: e.from?.id,
        target: e.to?.id,
        type: e.relationType,
        suggestion: e.id,
      },
      classes: `suggested${hidden.has(e.relationType ?? '') ? ' hidden' : ''}`,
    }));
    this.cy.edges('.suggested').remove();
    this.cy.add(els);
    this.onCount(drawn.length, more);
    return drawn.length;
  }

  /** Every pending relation suggestion (the queue does not filter by entity), up to MAX_PAGES pages. */
  private async pending(): Promise<{ edges: SuggestedEdge[]; more: boolean }> {
    const edges: SuggestedEdge[] = [];
    let after: string | null = null;
    for (let i = 0; i < MAX_PAGES; i++) {
      const page = await reviewQueries.edges(after);
      edges.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) return { edges, more: false };
      after = page.pageInfo.endCursor ?? null;
    }
    return { edges, more: true };
  }
}
