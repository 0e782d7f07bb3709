import { EntityType, RelationType as R } from '../generated/graphql';
import { domainRangeError } from '../domain/relationVocabulary';
import type { Catalogue, CatalogueEntry } from '../ingest/catalogue';
import type { LinkContext } from '../ingest/linkContext';
import { MentionMatcher } from '../ingest/mentions';
import type { ParsedDocument } from '../ingest/parseDocument';
import { resolveEntity } from '../ingest/resolveEntity';
import { catalogueEnd } from './relationEnds';
import type { StructureEvidence } from './structureEvidence';
import { nameSpan, type SuggestionSet } from './suggestionSet';

/** A relation a name states about its own parts is as sure as the catalogue's name for it. */
const INNER_CONFIDENCE = 0.65;
/** Kinds of reports: their makers publish them (the others' writers author them). */
const REPORT = /^(?:de |het |een )?(?:onderzoeks)?(?:rapport|onderzoek|evaluatie|monitor|studie)/iu;

const MATCHERS = new WeakMap<Catalogue, MentionMatcher>();
/** One mention matcher per catalogue: building it reads every name, and a corpus ingest reuses its catalogue. */
function matcherOf(catalogue: Catalogue): MentionMatcher {
  let m = MATCHERS.get(catalogue);
  if (!m) {
    m = new MentionMatcher(catalogue.entries);
    MATCHERS.set(catalogue, m);
  }
  return m;
}

/**
 * What a catalogued name says about the names inside it, when the text writes the name in full:
 * - a document "van" a party was written (or, for a report, published) by it: "de brief van de staatssecretaris
 *   van …", "het onderzoeksrapport van RadarAdvies";
 * - a document or commitment "over" something concerns it: "… over monitoring van de Wet inburgering 2021";
 * - a programme, fund or commitment named after a target group targets it: "NT2-taallessen voor kansrijke
 *   asielzoekers", "Actieplan arbeidsmarktparticipatie Oekraïense ontheemden";
 * - a document named after a topic or group is about it: "Longitudinaal Onderzoek Cohort Statushouders".
 * The inner names are found with the ingest's mention matcher and linked in the document's context; each entity
 * is read once, at its first full mention.
 */
export function innerNames(
  doc: ParsedDocument,
  catalogue: Catalogue,
  context: LinkContext,
  evidence: StructureEvidence,
  set: SuggestionSet,
): void {
  const done = new Set<string>();
  for (const m of doc.mentions) {
    const outer = catalogue.byId(m.entityId);
    const text = doc.text.slice(m.start, m.end);
    if (!outer || done.has(outer.id) || !/\s/u.test(text.trim())) continue;
    const s = evidence.at(m.start);
    if (!s) continue;
    const matcher = matcherOf(catalogue);
    // From the second word on: at the first, the longest name is the outer name itself.
    const second = /^\S+\s+/u.exec(text)?.[0].length ?? text.length;
    const passage = {
      order: m.passageOrder,
      page: s.passage.page,
      kind: s.passage.kind,
      start: m.start + second,
      end: m.end,
      text: text.slice(second),
    };
    const inner = matcher.match(doc.text, passage).flatMap((span) => {
      const r = resolveEntity(
        span.entityIds.map((id) => catalogue.byId(id)).filter((e): e is CatalogueEntry => !!e),
        context,
      );
      const entry = r.entityId ? catalogue.byId(r.entityId) : undefined;
      return entry && entry.id !== outer.id ? [{ span, entry }] : [];
    });
    if (!inner.length) continue;
    done.add(outer.id);
    const at = (start: number, end: number) => nameSpan(s, s.text.indexOf(start), s.text.indexOf(end));
    const outerEnd = { ...catalogueEnd(outer), span: at(m.start, m.end) };
    const emit = (
      type: R,
      from: CatalogueEntry | null,
      to: CatalogueEntry | null,
      span: (typeof inner)[number]['span'],
    ) => {
      const f = from ? { ...catalogueEnd(from), span: at(span.start, span.end) } : outerEnd;
      const t = to ? { ...catalogueEnd(to), span: at(span.start, span.end) } : outerEnd;
      if (domainRangeError(type, { id: f.id, type: f.entityType }, { id: t.id, type: t.entityType })) return;
      set.relation(s, { type, from: f, to: t, patternId: 'structure:inner-name', confidence: INNER_CONFIDENCE });
    };
    for (const { span, entry } of inner) {
      const before = doc.text.slice(m.start, span.start).replace(/\s+/gu, ' ');
      if (
        outer.type === EntityType.Document &&
        /\svan (?:de |het )?$/u.test(before) &&
        [EntityType.Organisation, EntityType.Person].includes(entry.type)
      )
        emit(REPORT.test(text) ? R.Published : R.Authored, entry, null, span);
      else if (/\sover (?:de |het )?$/u.test(before)) emit(R.Concerns, null, entry, span);
      else if (entry.type === EntityType.TargetGroup && outer.type !== EntityType.Document)
        emit(R.Targets, null, entry, span);
      else if (outer.type === EntityType.Document && [EntityType.Topic, EntityType.TargetGroup].includes(entry.type))
        emit(R.Concerns, null, entry, span);
    }
  }
}
