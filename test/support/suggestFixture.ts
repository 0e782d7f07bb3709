import { EntityType as E } from '../../src/generated/graphql';
import { Catalogue, type CatalogueEntry } from '../../src/ingest/catalogue';
import { MentionMatcher } from '../../src/ingest/mentions';
import type { SentenceSpan } from '../../src/suggest/matchRelations';

const entry = (id: string, type: E, name: string, more: Partial<CatalogueEntry> = {}): CatalogueEntry => ({
  id,
  type,
  name,
  aliases: [],
  identifiers: [],
  ...more,
});

/** A small invented catalogue for the pattern examples (relationPatterns.ts) and the suggestion tests. */
export const PATTERN_ENTRIES: readonly CatalogueEntry[] = [
  entry('duo', E.Organisation, 'DUO', { aliases: ['Dienst Uitvoering Onderwijs'] }),
  entry('gemeente', E.Organisation, 'gemeente'),
  entry('gemeenten', E.Organisation, 'Gemeenten'),
  entry('gouda', E.Organisation, 'Gouda'),
  entry('tweede-kamer', E.Organisation, 'Tweede Kamer'),
  entry('staatssecretaris', E.Organisation, 'staatssecretaris', { kind: 'office' }),
  entry('examens', E.Programme, 'examens'),
  entry('examen', E.Programme, 'examen'),
  entry('project', E.Programme, 'project'),
  entry('nieuwkomers', E.TargetGroup, 'nieuwkomers'),
  entry('examens-in-beeld', E.Document, 'Examens in beeld', { kind: 'report' }),
  entry('agenda', E.Document, 'agenda', { kind: 'plan' }),
  entry('regeerprogramma', E.Document, 'Regeerprogramma', { kind: 'government-programme' }),
  entry('wi2021', E.Law, 'Wet inburgering 2021', { aliases: ['Wi2021'] }),
  entry('wet-examens', E.Law, 'Wet examens'),
  entry('wet-examens-in-balans', E.Law, 'Wet examens in balans'),
  entry('vroege-start', E.Topic, 'vroege start'),
  entry('inburgering', E.Topic, 'inburgering'),
  entry('vos', E.Person, 'Vos'),
];

export function patternCatalogue(): Catalogue {
  return new Catalogue(PATTERN_ENTRIES);
}

/**
 * The names of one sentence as the relation matcher sees them: the catalogue's mentions, and "Ik" for the
 * staatssecretaris (what a letter of that office makes of it).
 */
export function namesIn(sentence: string, catalogue = patternCatalogue()): SentenceSpan[] {
  const passage = { order: 0, page: 1, kind: 'PARAGRAPH' as const, start: 0, end: sentence.length, text: sentence };
  const spans: SentenceSpan[] = new MentionMatcher(catalogue.entries).match(sentence, passage).map((m) => {
    const e = catalogue.byId(m.entityIds[0] as string) as CatalogueEntry;
    return { start: m.start, end: m.end, id: e.id, entityType: e.type, ...(e.kind ? { entityKind: e.kind } : {}) };
  });
  for (const m of sentence.matchAll(/(?<![\p{L}])Ik(?![\p{L}])/gu))
    spans.push({
      start: m.index ?? 0,
      end: (m.index ?? 0) + 2,
      id: 'staatssecretaris',
      entityType: E.Organisation,
      entityKind: 'office',
    });
  return spans.sort((a, b) => a.start - b.start);
}
