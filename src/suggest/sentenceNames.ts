import { EntityType } from '../generated/graphql';
import { foldForSearch } from '../domain/text';
import type { Catalogue, CatalogueEntry } from '../ingest/catalogue';
import type { LinkContext } from '../ingest/linkContext';
import type { ParsedMention } from '../ingest/mentions';
import type { PersonReference } from '../ingest/personReferences';
import { resolvePerson } from '../ingest/resolvePerson';
import { coordinatedNames } from './coordinatedNames';
import type { DocumentSentence } from './documentSentences';
import { findAbbreviations } from './findAbbreviations';
import { findNameCandidates } from './findNameCandidates';
import type { SentenceSpan } from './matchRelations';
import { nameSpan, type SuggestionSet } from './suggestionSet';
import type { RelationEnd } from './suggestionTypes';

/** A name in the sentence with the relation end it stands for. */
export interface NamedSpan extends SentenceSpan {
  readonly end: number;
  readonly relationEnd: RelationEnd;
}

/** First-person words of a letter: they name the office that wrote it ("Ik ondersteun gemeenten"). */
const FIRST_PERSON = /(?<![\p{L}])(?:[Ii]k|[Ww]ij|[Ww]e|[Mm]ij|[Mm]ijn)(?![\p{L}])/gu;

/** Entity types an abbreviation's long form suggests when the catalogue does not know it. */
function typeOfLongForm(long: string, before: string): EntityType {
  if (/^(?:Wet|Besluit|Regeling|Verordening|Richtlijn)\b/u.test(long)) return EntityType.Law;
  if (
    /(?:programma|project|pilot|aanpak|route)\s*$/iu.test(before) ||
    /(?:programma|route|aanpak|traject)$/iu.test(long)
  )
    return EntityType.Programme;
  if (
    /(?:plan|rapport|onderzoek|brief|nota|agenda|monitor|verslag|evaluatie)$/iu.test(long) ||
    /^(?:Onderzoek|Rapport)\b/u.test(long)
  )
    return EntityType.Document;
  const capitals = long.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitals >= 2 ? EntityType.Organisation : EntityType.Topic;
}

interface Inputs {
  readonly catalogue: Catalogue;
  readonly context: LinkContext;
  /** The document's mentions and person references by passage order (see documentIndex.ts). */
  readonly mentionsIn: (passageOrder: number) => readonly ParsedMention[];
  readonly personsIn: (passageOrder: number) => readonly PersonReference[];
  /** The speaker whose turn holds a source offset, as the entity "ik" stands for (documentIndex.ts). */
  readonly speakerAt: (offset: number) => CatalogueEntry | undefined;
  readonly set: SuggestionSet;
}

const endOf = (e: CatalogueEntry, span: RelationEnd['span']): RelationEnd => ({
  id: e.id,
  existing: true,
  entityType: e.type,
  name: e.name,
  span,
});

/** The one catalogue entity a name means, or undefined (unknown, or shared by several). */
function known(catalogue: Catalogue, name: string, types?: readonly EntityType[]): CatalogueEntry | undefined {
  const c = catalogue.candidates(name, types);
  return c.length === 1 ? c[0] : undefined;
}

/**
 * The names of one sentence: catalogue mentions (from the ingest's linking), abbreviation definitions, names the
 * conventions of government prose mark, persons named with role or party, and first-person words of a letter.
 * Adds entity and alias suggestions for what the catalogue lacks, and returns the spans in text order without
 * overlaps (a catalogued name wins over a candidate, a longer one over a shorter one).
 */
export function sentenceNames(s: DocumentSentence, input: Inputs): NamedSpan[] {
  const { catalogue, set } = input;
  const text = s.text.text;
  const spans: NamedSpan[] = [];
  const add = (start: number, end: number, relationEnd: RelationEnd, entityKind?: string) =>
    spans.push({
      start,
      end,
      id: relationEnd.id,
      entityType: relationEnd.entityType,
      relationEnd,
      ...(entityKind ? { entityKind } : {}),
    });
  for (const m of input.mentionsIn(s.passage.order)) {
    if (m.start < s.text.sourceStart || m.end > s.text.sourceEnd) continue;
    const start = s.text.indexOf(m.start);
    const end = s.text.indexOf(m.end);
    const e = catalogue.byId(m.entityId);
    const span = nameSpan(s, start, end);
    if (e) add(start, end, endOf(e, span), e.kind);
    else add(start, end, { id: m.entityId, existing: true, entityType: EntityType.Person, name: m.matched, span });
  }
  // "arbeids-, kennis- en studiemigranten": the truncated words name entities too.
  for (const c of coordinatedNames(text, catalogue))
    if (!spans.some((m) => m.start < c.end && c.start < m.end))
      add(c.start, c.end, endOf(c.entry, nameSpan(s, c.start, c.end)), c.entry.kind);
  const mentioned = (start: number, end: number) => spans.find((m) => m.start <= start && end <= m.end);
  // Abbreviation definitions: an alias for a catalogued entity, or a new entity with both its names.
  for (const d of findAbbreviations(text)) {
    if (catalogue.find(d.short.text, [EntityType.Faction])) continue;
    const longEntry = mentioned(d.long.start, d.long.end)?.relationEnd ?? endFor(known(catalogue, d.long.text));
    const shortEntry = mentioned(d.short.start, d.short.end)?.relationEnd ?? endFor(known(catalogue, d.short.text));
    if (longEntry?.existing && shortEntry?.existing) continue;
    if (longEntry?.existing || shortEntry?.existing) {
      const [entry, form] = longEntry?.existing ? [longEntry, d.short] : [shortEntry as RelationEnd, d.long];
      const e = catalogue.byId(entry.id);
      if (e && ![e.name, ...e.aliases].some((n) => foldForSearch(n) === foldForSearch(form.text)))
        set.alias(s, {
          entityId: e.id,
          alias: form.text,
          start: form.start,
          end: form.end,
          rule: 'abbreviation',
          confidence: d.confidence,
        });
      if (!mentioned(form.start, form.end))
        add(form.start, form.end, { ...entry, span: nameSpan(s, form.start, form.end) });
      continue;
    }
    const entityType = typeOfLongForm(d.long.text, text.slice(0, Math.min(d.long.start, d.short.start)));
    const e = set.entity(s, {
      name: d.long.text,
      entityType,
      start: d.long.start,
      end: d.long.end,
      rule: 'abbreviation',
      confidence: d.confidence,
      aliases: [d.short.text],
    });
    const end: RelationEnd = { id: e.id, existing: false, entityType, name: e.name, span: null };
    add(d.long.start, d.long.end, { ...end, span: nameSpan(s, d.long.start, d.long.end) });
    add(d.short.start, d.short.end, { ...end, span: nameSpan(s, d.short.start, d.short.end) });
  }
  // Names by convention that no mention or definition covers.
  for (const c of findNameCandidates(text)) {
    if (spans.some((m) => m.start < c.end && c.start < m.end && !(c.start <= m.start && m.end <= c.end))) continue;
    if (spans.some((m) => m.start === c.start && m.end === c.end)) continue;
    const entry = known(catalogue, c.text);
    if (entry) {
      add(c.start, c.end, endOf(entry, nameSpan(s, c.start, c.end)), entry.kind);
      continue;
    }
    let inner = spans.filter((m) => c.start <= m.start && m.end <= c.end);
    // "gemeente Tilburg": the catalogue's generic "gemeente" is the head word of a new name, not a mention.
    const head = inner.length === 1 && inner[0] ? inner[0] : undefined;
    if (
      head &&
      head.start === c.start &&
      /^(?:gemeente|provincie|ministerie)$/iu.test(text.slice(head.start, head.end))
    ) {
      spans.splice(spans.indexOf(head), 1);
      inner = [];
    }
    // "gemeente Meierijstad" around the catalogue's "Meierijstad": a new form of that entity, not a new entity.
    if (inner.length === 1 && inner[0]?.relationEnd.existing) {
      const rest = (text.slice(c.start, inner[0].start) + text.slice(inner[0].end, c.end)).trim();
      if (/^(?:gemeente|provincie|het programma|de pilot)$/iu.test(rest)) {
        set.alias(s, {
          entityId: inner[0].id,
          alias: c.text,
          start: c.start,
          end: c.end,
          rule: c.rule,
          confidence: c.confidence * 0.8,
        });
        continue;
      }
    }
    if (inner.length) continue;
    const e = set.entity(s, {
      name: c.text,
      entityType: c.entityType,
      start: c.start,
      end: c.end,
      rule: c.rule,
      confidence: c.confidence,
    });
    add(c.start, c.end, {
      id: e.id,
      existing: false,
      entityType: c.entityType,
      name: e.name,
      span: nameSpan(s, c.start, c.end),
    });
  }
  // Persons named with role or party whom the catalogue lacks (the ingest creates them; the curator confirms).
  for (const r of input.personsIn(s.passage.order)) {
    if (r.start < s.text.sourceStart || r.end > s.text.sourceEnd) continue;
    const res = resolvePerson(
      { name: r.name, ...(r.party ? { party: r.party } : {}), ...(r.role ? { role: r.role } : {}) },
      input.context,
      catalogue,
    );
    if (!res.personId || !res.create) continue;
    const start = s.text.indexOf(r.start);
    const end = s.text.indexOf(r.end);
    set.entity(s, {
      name: r.name,
      entityType: EntityType.Person,
      start,
      end,
      rule: r.role ? 'person:role' : 'person:party',
      confidence: r.party || (r.role && / van /u.test(r.role)) ? 0.8 : 0.6,
    });
  }
  // "Ik"/"wij" in a letter is the office that wrote it; in a debate, the speaker (an office-holder's office).
  const office = s.part?.officeId ? catalogue.byId(s.part.officeId) : input.speakerAt(s.text.sourceStart);
  if (office)
    for (const m of text.matchAll(FIRST_PERSON)) {
      const start = m.index ?? 0;
      add(start, start + m[0].length, endOf(office, nameSpan(s, start, start + m[0].length)), office.kind);
    }
  return withoutOverlaps(spans);
}

function endFor(e: CatalogueEntry | undefined): RelationEnd | undefined {
  return e ? endOf(e, null) : undefined;
}

/** Spans in text order; of overlapping ones the catalogued, then the longer, is kept. */
function withoutOverlaps(spans: NamedSpan[]): NamedSpan[] {
  const ranked = [...spans].sort(
    (a, b) =>
      Number(b.relationEnd.existing) - Number(a.relationEnd.existing) ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const kept: NamedSpan[] = [];
  for (const s of ranked) if (!kept.some((k) => k.start < s.end && s.start < k.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}
