import type { Catalogue, CatalogueEntry } from './catalogue';
import type { LinkContext } from './linkContext';
import type { MentionSpan, ParsedMention, ParsedUnresolvedMention } from './mentions';
import { resolveEntity } from './resolveEntity';

/**
 * Turns the names found in a document into links, or into unresolved mentions when the chamber, the date and the
 * text around the name do not decide (see resolveEntity). A name that several entities share ("Wet inburgering":
 * the 2007 law's own title, and what texts call the Wi2021) means the one the same passage names explicitly, by
 * a name that means only it ("Wet inburgering 2021", "Wi2013"); failing that, the one the text last named
 * explicitly before it (the law it is talking about). When that passage names several of them, or none is named
 * before, the mention stays unresolved.
 */
export function linkMentions(
  spans: readonly MentionSpan[],
  catalogue: Catalogue,
  context: LinkContext,
): { mentions: ParsedMention[]; unresolved: ParsedUnresolvedMention[] } {
  const entriesOf = (s: MentionSpan) =>
    s.entityIds.map((id) => catalogue.byId(id)).filter((e): e is CatalogueEntry => e !== undefined);
  // Explicit namings: spans that mean one entity in this context, in text order.
  const explicit: { passageOrder: number; start: number; entityId: string }[] = [];
  for (const s of spans) {
    if (s.entityIds.length !== 1) continue;
    const r = resolveEntity(entriesOf(s), context);
    if (r.entityId !== undefined) explicit.push({ passageOrder: s.passageOrder, start: s.start, entityId: r.entityId });
  }
  const namedIn = (passageOrder: number, left: readonly CatalogueEntry[]) =>
    left.filter((c) => explicit.some((e) => e.passageOrder === passageOrder && e.entityId === c.id));
  const narrowAt = (s: MentionSpan) => (left: readonly CatalogueEntry[]) => {
    const here = namedIn(s.passageOrder, left);
    if (here.length) return here;
    const before = explicit.filter((e) => e.passageOrder < s.passageOrder && left.some((c) => c.id === e.entityId));
    const last = before[before.length - 1];
    return last ? namedIn(last.passageOrder, left) : left;
  };
  const mentions: ParsedMention[] = [];
  const unresolved: ParsedUnresolvedMention[] = [];
  for (const s of spans) {
    const r = resolveEntity(entriesOf(s), context, narrowAt(s));
    const at = { passageOrder: s.passageOrder, matched: s.matched, start: s.start, end: s.end };
    if (r.entityId !== undefined) mentions.push({ ...at, entityId: r.entityId });
    else unresolved.push({ ...at, candidates: r.candidates, reason: r.reason });
  }
  return { mentions, unresolved };
}
