import type { NodeSingular, StylesheetJson } from 'cytoscape';
import { TYPE_STYLE } from './typeStyle';

/** A node's side in px at zoom 1: big enough to click on a phone, small enough for 100 nodes on a laptop screen. */
export const NODE_SIZE = 28;
const PATH_COLOUR = '#e6007e';

/**
 * The graph's stylesheet, shared by the canvas and the PNG export (which draws a copy of the view with it).
 * `compact` is a phone-sized canvas: narrower, smaller labels, so the drawing is readable without zooming in.
 */
export function graphStyle(compact: boolean): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': (n: NodeSingular) => TYPE_STYLE[n.data('type') as string]?.color ?? '#999',
        shape: (n: NodeSingular) => TYPE_STYLE[n.data('type') as string]?.shape ?? 'ellipse',
        label: 'data(label)',
        'font-size': compact ? 10 : 11,
        color: '#222',
        'text-wrap': 'ellipsis',
        'text-max-width': compact ? '90px' : '130px',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-background-color': '#fff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        width: NODE_SIZE,
        height: NODE_SIZE,
        'border-width': 1,
        'border-color': '#fff',
      },
    },
    { selector: 'node.nolabel', style: { label: '' } },
    {
      selector: 'node.full, node:selected',
      style: {
        label: 'data(label)',
        'text-wrap': 'wrap',
        'text-max-width': compact ? '90px' : '220px',
        'z-index': 10,
        'font-weight': 'bold',
      },
    },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#000' } },
    { selector: 'node.pinned', style: { 'border-width': 2, 'border-style': 'dashed', 'border-color': '#333' } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#b8b8b8',
        'target-arrow-color': '#b8b8b8',
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
        label: '',
        'font-size': 10,
        color: '#333',
        'text-rotation': 'autorotate',
        'text-background-color': '#fff',
        'text-background-opacity': 0.9,
      },
    },
    { selector: 'edge.full, edge:selected', style: { label: 'data(type)', 'z-index': 10 } },
    { selector: 'edge:selected', style: { 'line-color': '#000', 'target-arrow-color': '#000', width: 3 } },
    // Edges get the colour and width; nodes only a border, so a path node keeps its type's size and shape.
    {
      selector: 'edge.path',
      style: {
        'line-color': PATH_COLOUR,
        'target-arrow-color': PATH_COLOUR,
        width: 4,
        label: 'data(type)',
        color: PATH_COLOUR,
      },
    },
    { selector: 'node.path', style: { 'border-color': PATH_COLOUR, 'border-width': 4 } },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}
