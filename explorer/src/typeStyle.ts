import type cytoscape from 'cytoscape';

/** Colour and shape per entity type, shared by the graph, the legend and the exports. */
export const TYPE_STYLE: Record<string, { color: string; shape: cytoscape.Css.NodeShape; label: string }> = {
  ORGANISATION: { color: '#1f77b4', shape: 'round-rectangle', label: 'Organisation' },
  PERSON: { color: '#ff7f0e', shape: 'ellipse', label: 'Person' },
  FACTION: { color: '#d62728', shape: 'hexagon', label: 'Faction' },
  PROGRAMME: { color: '#2ca02c', shape: 'diamond', label: 'Programme' },
  LAW: { color: '#9467bd', shape: 'rectangle', label: 'Law' },
  DOCUMENT: { color: '#8c564b', shape: 'tag', label: 'Document' },
  TOPIC: { color: '#e377c2', shape: 'round-triangle', label: 'Topic' },
  TARGET_GROUP: { color: '#17becf', shape: 'octagon', label: 'Target group' },
  COMMITMENT: { color: '#bcbd22', shape: 'star', label: 'Commitment' },
  // Not 'vee': at this size it reads as an arrowhead.
  FUNDING: { color: '#7f7f7f', shape: 'barrel', label: 'Funding' },
};
