import { htmlToText } from './htmlToText';

/** The shapes of input an ingest takes: plain text (PDF export or a browser's "save as text") or an HTML page. */
export type SourceShape = 'text' | 'html';

/** An HTML page by its name or its first characters (a doctype or an <html> tag). */
export function shapeOf(text: string, sourceName: string): SourceShape {
  return /\.x?html?$/i.test(sourceName) || /^\s*(?:<!doctype html|<html[\s>])/i.test(text.slice(0, 500))
    ? 'html'
    : 'text';
}

/** The text the parser reads, whatever the shape: an HTML page becomes the "save as text" shape. */
export function readShape(text: string, sourceName: string): { shape: SourceShape; text: string } {
  const shape = shapeOf(text, sourceName);
  return { shape, text: shape === 'html' ? htmlToText(text, sourceName) : text };
}
