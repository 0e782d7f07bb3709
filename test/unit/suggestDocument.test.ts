import { EntityType as E, RelationType as R } from '../../src/generated/graphql';
import { splitPages } from '../../src/domain/pages';
import { checkQuoteOnPage } from '../../src/domain/quoteOnPage';
import { normaliseWhitespace } from '../../src/domain/text';
import { Catalogue, type CatalogueEntry } from '../../src/ingest/catalogue';
import { parseDocument } from '../../src/ingest/parseDocument';
import { suggestFromDocument } from '../../src/suggest/suggestFromDocument';
import type { RelationSuggestion, Suggestion } from '../../src/suggest/suggestionTypes';
import { PATTERN_ENTRIES } from '../support/suggestFixture';

const entry = (id: string, type: E, name: string, more: Partial<CatalogueEntry> = {}): CatalogueEntry => ({
  id,
  type,
  name,
  aliases: [],
  identifiers: [],
  ...more,
});

const catalogue = new Catalogue([
  ...PATTERN_ENTRIES.filter((e) => !['staatssecretaris', 'tweede-kamer'].includes(e.id)),
  entry('staatssecretaris-jenv', E.Organisation, 'Staatssecretaris van Justitie en Veiligheid', {
    kind: 'office',
    aliases: ['staatssecretaris'],
  }),
  entry('ministerie-jenv', E.Organisation, 'Ministerie van Justitie en Veiligheid', {
    kind: 'ministry',
    aliases: ['Justitie en Veiligheid'],
  }),
  entry('coenradie', E.Person, 'I. Coenradie', {
    aliases: ['Coenradie'],
    role: 'Staatssecretaris van Justitie en Veiligheid',
  }),
  entry('tweede-kamer', E.Organisation, 'Tweede Kamer der Staten-Generaal', { aliases: ['Tweede Kamer'] }),
  entry('uwv', E.Organisation, 'UWV'),
  entry('kst-32824-438', E.Document, 'Uitvoeringsbrief inburgering', {
    kind: 'kamerstuk',
    identifiers: ['KAMERSTUK:kst-32824-438'],
  }),
  entry('fractie-d66', E.Faction, 'D66', { chamber: 'TK' }),
]);

/** An invented Kamerbrief in the real layout: every sentence is written for one rule below. */
const LETTER = `Tweede Kamer der Staten-Generaal

32 824 Integratiebeleid

Nr. 490 BRIEF VAN DE STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 10 juni 2025

Met deze brief informeer ik uw Kamer over de examens.1 DUO voert de examens
uit. Het Centraal Bureau voor de Statistiek (CBS) telt de nieuwkomers. UWV
(Uitvoeringsinstituut Werknemersverzekeringen) werkt samen met de gemeente. De
Dienst Uitvoering Onderwijs (DUO) publiceert de uitslagen. Ik ondersteun de
gemeente bij de examens. Het lid Podt (D66) vroeg om de pilot Taalmaatje.

1 Kamerstuk 32 824, nr. 438.

De Staatssecretaris van Justitie en Veiligheid,
I. Coenradie
`;

const parse = (text = LETTER, id = 'kst-32824-490') => parseDocument(text, { id, sourceName: `${id}.txt`, catalogue });
const relation = (all: Suggestion[], type: R, from: string, to: string) =>
  all.find(
    (s): s is RelationSuggestion => s.kind === 'RELATION' && s.type === type && s.from.id === from && s.to.id === to,
  );

describe('suggestFromDocument on an invented Kamerbrief', () => {
  const doc = parse();
  const all = suggestFromDocument(doc, catalogue);

  it('a new abbreviation definition is a new entity with both names', () => {
    const cbs = all.filter((s) => s.kind === 'ENTITY' && s.name === 'Centraal Bureau voor de Statistiek');
    expect(cbs).toHaveLength(1);
    expect(cbs[0]).toMatchObject({ entityType: E.Organisation, aliases: ['CBS'], rule: 'abbreviation' });
  });

  it('a definition of a catalogued entity by a new form is an alias suggestion, by a known form nothing', () => {
    const aliases = all.filter((s) => s.kind === 'ALIAS').map((s) => s.kind === 'ALIAS' && [s.entityId, s.alias]);
    expect(aliases).toEqual([['uwv', 'Uitvoeringsinstituut Werknemersverzekeringen']]);
    // "Dienst Uitvoering Onderwijs (DUO)": both forms are already DUO's names.
    expect(
      all.some((s) => s.kind !== 'RELATION' && /Dienst Uitvoering/u.test(s.kind === 'ENTITY' ? s.name : s.alias)),
    ).toBe(false);
  });

  it('names by convention and persons with a party the catalogue lacks are entity suggestions', () => {
    const entities = all
      .filter((s) => s.kind === 'ENTITY')
      .map((s) => s.kind === 'ENTITY' && [s.entityType, s.name, s.rule]);
    expect(entities).toEqual(
      expect.arrayContaining([
        [E.Programme, 'Taalmaatje', 'convention:programme'],
        [E.Person, 'Podt', 'person:role'],
      ]),
    );
  });

  it('the wordings give relations in the right direction, "ik" being the letter\'s office', () => {
    expect(relation(all, R.Runs, 'duo', 'examens')?.patternId).toBe('uitvoeren');
    expect(relation(all, R.CooperatesWith, 'uwv', 'gemeente')?.patternId).toBe('samen-met');
    expect(relation(all, R.Supports, 'staatssecretaris-jenv', 'gemeente')?.from.span?.text).toBe('Ik');
  });

  it('the letter structure: writer, signatory and office, addressee, citation, office of a ministry', () => {
    expect(relation(all, R.Authored, 'staatssecretaris-jenv', 'kst-32824-490')).toBeDefined();
    expect(relation(all, R.Authored, 'coenradie', 'kst-32824-490')).toBeDefined();
    expect(relation(all, R.HoldsOffice, 'coenradie', 'staatssecretaris-jenv')).toBeDefined();
    expect(relation(all, R.AddressedTo, 'kst-32824-490', 'tweede-kamer')).toBeDefined();
    expect(relation(all, R.Cites, 'kst-32824-490', 'kst-32824-438')?.patternId).toBe('structure:citation');
    expect(relation(all, R.PartOf, 'staatssecretaris-jenv', 'ministerie-jenv')).toBeDefined();
  });

  it('every relation satisfies the vocabulary, and a relation to a new entity points at its suggestion', () => {
    const entityIds = new Set(all.filter((s) => s.kind === 'ENTITY').map((s) => s.id));
    for (const s of all) {
      if (s.kind !== 'RELATION') continue;
      for (const end of [s.from, s.to]) if (!end.existing) expect(entityIds).toContain(end.id);
    }
  });

  it('evidence is a sentence on its page, and every span is the name as the sentence writes it', () => {
    const pages = splitPages(doc.text).map(normaliseWhitespace);
    for (const s of all) {
      expect(checkQuoteOnPage(pages, s.evidence.page, s.evidence.sentence)).toMatchObject({ ok: true });
      const spans = s.kind === 'RELATION' ? [s.from.span, s.to.span] : [s.span];
      for (const span of spans) {
        if (!span) continue;
        expect(s.evidence.sentence.slice(span.start, span.end)).toBe(span.text);
        expect(normaliseWhitespace(doc.text.slice(span.sourceStart, span.sourceEnd))).toBe(span.text);
      }
    }
  });

  it('confidences are in 0..1 and the minimum confidence filters', () => {
    for (const s of all) expect(s.confidence).toBeGreaterThanOrEqual(0.3);
    const strict = suggestFromDocument(doc, catalogue, { minConfidence: 0.85 });
    expect(strict.length).toBeGreaterThan(0);
    expect(strict.length).toBeLessThan(all.length);
    expect(strict.every((s) => s.confidence >= 0.85 && s.confidence <= 1)).toBe(true);
  });
});

describe('suggestion ids', () => {
  const ids = (text: string, id?: string) =>
    suggestFromDocument(parse(text, id), catalogue)
      .map((s) => s.id)
      .sort();

  it('are the same when the same document is ingested again, and when only its line breaks change', () => {
    expect(ids(LETTER)).toEqual(ids(LETTER));
    expect(ids(LETTER.replace('DUO voert de examens\nuit.', 'DUO voert de examens uit.'))).toEqual(ids(LETTER));
  });

  it('differ for another document and for a changed sentence', () => {
    const base = new Set(ids(LETTER));
    expect(ids(LETTER, 'kst-32824-491').some((i) => base.has(i))).toBe(false);
    const changed = suggestFromDocument(
      parse(LETTER.replace('DUO voert de examens\nuit.', 'DUO voert sinds mei de examens uit.')),
      catalogue,
    );
    const runs = changed.find((s) => s.kind === 'RELATION' && s.type === R.Runs) as RelationSuggestion;
    expect(base.has(runs.id)).toBe(false);
  });
});
