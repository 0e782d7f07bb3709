export interface Span {
  start: number;
  end: number;
  /** CSS class of the mark, e.g. `end-from`. */
  cls: string;
}

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/**
 * The sentence as HTML with each span in a `<mark>`. Spans may overlap (a name inside a name, "Vroege integratie en
 * participatie (VrIP)"): the text is cut at every span boundary and each piece gets the classes of all spans over
 * it, so no mark is nested in another and both ends stay visible. Spans outside the sentence are clipped; an empty
 * or inverted one is ignored.
 */
export function markedSentence(sentence: string, spans: readonly Span[]): string {
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(sentence.length, s.end) }))
    .filter((s) => s.end > s.start);
  const cuts = [...new Set([0, sentence.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i] as number;
    const b = cuts[i + 1] as number;
    const piece = esc(sentence.slice(a, b));
    const classes = valid.filter((s) => s.start <= a && b <= s.end).map((s) => s.cls);
    html += classes.length ? `<mark class="${[...new Set(classes)].join(' ')}">${piece}</mark>` : piece;
  }
  return html;
}

type SpanSource = Parameters<typeof suggestionSpans>[0];

/** What a suggestion names in its sentence: a relation's two ends, or an entity's or alias's name. */
export function suggestionSpans(s: {
  from?: { start?: number | null; end?: number | null } | null;
  to?: { start?: number | null; end?: number | null } | null;
  nameStart?: number | null;
  nameEnd?: number | null;
}): Span[] {
  const out: Span[] = [];
  const add = (start: number | null | undefined, end: number | null | undefined, cls: string) => {
    if (typeof start === 'number' && typeof end === 'number') out.push({ start, end, cls });
  };
  add(s.from?.start, s.from?.end, 'end-from');
  add(s.to?.start, s.to?.end, 'end-to');
  add(s.nameStart, s.nameEnd, 'end-name');
  return out;
}

/**
 * Marks the suggestion's ends inside the sentence the document view has marked (its `mark.quote` holds exactly the
 * sentence: both are the same whitespace-normalised text of the document); false when the view holds no such mark.
 */
export function markSuggestionInDocument(docEl: HTMLElement, s: SpanSource & { sentence: string }): boolean {
  const mark = [...docEl.querySelectorAll<HTMLElement>('mark.quote')].find((m) => m.textContent === s.sentence);
  if (!mark) return false;
  mark.innerHTML = markedSentence(s.sentence, suggestionSpans(s));
  mark.classList.add('suggestion-sentence');
  return true;
}
