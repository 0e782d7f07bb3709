import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { IngestError } from '../ingestError';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements that are the site around a publication, never its text. */
const SKIP = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'svg',
  'iframe',
  'select',
]);
/** Elements whose text is one paragraph of its own. */
const BLOCK = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'caption',
  'tr',
  'div',
  'section',
  'article',
  'main',
  'table',
  'ul',
  'ol',
  'dl',
  'body',
  'figcaption',
  'address',
]);
/** A footnote container of the publication sites (class or id). */
const FOOTNOTES = /(?:^|[\s_-])(?:voetnoten|voetnoot|footnotes?|noten)(?:$|[\s_-])/i;
/** The publication's own container, where a site has one; else the whole body. */
const CONTENT_ROOT = (e: Element) =>
  e.tagName === 'main' ||
  e.tagName === 'article' ||
  /^(?:broodtekst|main-content|content)$/.test(attr(e, 'id') ?? '') ||
  /\bstuk\b/.test(attr(e, 'class') ?? '');

/**
 * Turns an HTML page of officielebekendmakingen.nl, tweedekamer.nl or eerstekamer.nl into the text shape a
 * browser's "save as text" gives: one paragraph per block element, separated by blank lines, no pages, and the
 * footnotes at the end as "<n> text" lines. A footnote marker (<sup>1</sup>, a link "1" to a note) is glued to the
 * word before it, as in the PDF exports, so the same markers are found. The site's navigation, header and footer
 * are left out. Parsed with parse5, the WHATWG HTML parser (the one jsdom uses): it builds the same tree a browser
 * builds from the same, often imperfect, markup.
 */
export function htmlToText(html: string, sourceName: string): string {
  const doc = parse(html);
  const body = find(doc, (e) => e.tagName === 'body');
  if (!body)
    throw new IngestError('NO_STRUCTURE', `${sourceName}: an HTML file without a body; expected a publication page`);
  const root = find(body, CONTENT_ROOT) ?? body;
  const blocks: string[] = [];
  const notes: string[] = [];
  walkBlocks(root, blocks, notes);
  const text = [
    ...blocks,
    ...(notes.length ? [''] : []),
    ...notes.map((n, i) => (/^\d+\s/.test(n) ? n : `${i + 1} ${n}`)),
  ]
    .join('\n\n')
    .trim();
  if (!text)
    throw new IngestError('NO_STRUCTURE', `${sourceName}: the HTML page holds no text; expected a publication page`);
  return `${text}\n`;
}

function walkBlocks(node: Node, blocks: string[], notes: string[]): void {
  for (const child of childrenOf(node)) {
    if (!isElement(child)) {
      const t = 'value' in child && child.nodeName === '#text' ? collapse(child.value) : '';
      if (t) blocks.push(t);
      continue;
    }
    if (SKIP.has(child.tagName)) continue;
    if (FOOTNOTES.test(`${attr(child, 'class') ?? ''} ${attr(child, 'id') ?? ''}`)) {
      collectNotes(child, notes);
      continue;
    }
    if (child.tagName === 'br') continue;
    if (!BLOCK.has(child.tagName) || !childrenOf(child).some((c) => isElement(c) && BLOCK.has(c.tagName))) {
      const t = inlineText(child);
      if (t) blocks.push(child.tagName === 'li' && childOfList(child) ? `• ${t}` : t);
      continue;
    }
    walkBlocks(child, blocks, notes);
  }
}

/** Footnotes: each list item (or paragraph) of the container, its number first. */
function collectNotes(container: Element, notes: string[]): void {
  const items = findAll(
    container,
    (e) =>
      e.tagName === 'li' ||
      e.tagName === 'p' ||
      (e.tagName === 'div' && !childrenOf(e).some((c) => isElement(c) && BLOCK.has(c.tagName))),
  );
  for (const item of items) {
    const t = inlineText(item).replace(/^(\d+)[.)]?\s*/, '$1 ');
    if (t) notes.push(/^\d+ /.test(t) ? t : `${notes.length + 1} ${t}`);
  }
}

/** The text of an element on one line; a footnote marker glued to the word before it. */
function inlineText(e: Node): string {
  let out = '';
  const visit = (n: Node) => {
    if (!isElement(n)) {
      if (n.nodeName === '#text' && 'value' in n) out += n.value;
      return;
    }
    if (SKIP.has(n.tagName)) return;
    if (n.tagName === 'br') {
      out += ' ';
      return;
    }
    const own = collapse(textOf(n));
    if ((n.tagName === 'sup' || /noot|footnote/i.test(`${attr(n, 'class') ?? ''}`)) && /^\d{1,3}$/.test(own)) {
      out = out.replace(/\s+$/, '') + own;
      return;
    }
    childrenOf(n).forEach(visit);
  };
  childrenOf(e).forEach(visit);
  return collapse(out);
}

const collapse = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();
const isElement = (n: Node): n is Element => 'tagName' in n;
const childrenOf = (n: Node): Node[] => ('childNodes' in n ? n.childNodes : []);
const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;
const childOfList = (e: Element) => e.parentNode !== null && 'tagName' in e.parentNode && e.parentNode.tagName === 'ul';
function textOf(n: Node): string {
  if (!isElement(n)) return n.nodeName === '#text' && 'value' in n ? n.value : '';
  return childrenOf(n).map(textOf).join('');
}
function find(n: Node, pred: (e: Element) => boolean): Element | undefined {
  for (const c of childrenOf(n)) {
    if (isElement(c)) {
      if (pred(c)) return c;
      const deeper = find(c, pred);
      if (deeper) return deeper;
    }
  }
  return undefined;
}
function findAll(n: Node, pred: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  for (const c of childrenOf(n)) {
    if (!isElement(c)) continue;
    if (pred(c)) out.push(c);
    else out.push(...findAll(c, pred));
  }
  return out;
}
