import fs from 'node:fs';
import path from 'node:path';
import { RelationType as R } from '../../src/generated/graphql';
import { maskSentence, matchRelations } from '../../src/suggest/matchRelations';
import { RELATION_PATTERNS } from '../../src/suggest/relationPatterns';
import { namesIn, patternCatalogue } from '../support/suggestFixture';

const catalogue = patternCatalogue();
const idOf = (name: string) => (name === 'Ik' ? 'staatssecretaris' : (catalogue.find(name)?.id ?? `?${name}`));

/** The relations the patterns give for a sentence, as "TYPE from -> to [pattern]", sorted. */
function relations(sentence: string, footnote = false): string[] {
  const spans = namesIn(sentence);
  return [
    ...new Set(
      matchRelations(sentence, spans, { footnote }).map(
        (m) => `${m.type} ${spans[m.from]?.id} -> ${spans[m.to]?.id} [${m.pattern.id}]`,
      ),
    ),
  ].sort();
}

describe('relation patterns: every documented example', () => {
  it.each(RELATION_PATTERNS.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    const expected = `${p.example.type} ${idOf(p.example.from)} -> ${idOf(p.example.to)} [${p.id}]`;
    expect(relations(p.example.sentence, p.footnoteOnly)).toContain(expected);
  });

  it('docs/suggestions.md lists every pattern', () => {
    const doc = fs.readFileSync(path.join(__dirname, '../../docs/suggestions.md'), 'utf8');
    for (const p of RELATION_PATTERNS)
      expect(doc).toContain(`| \`${p.id}\` | ${p.types.join(', ')} | ${p.confidence} |`);
  });

  it('every pattern has a unique id and only types of the vocabulary', () => {
    const ids = RELATION_PATTERNS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of RELATION_PATTERNS) for (const t of p.types) expect(Object.values(R)).toContain(t);
  });
});

describe('relation patterns: voice and word order', () => {
  it('active, passive with "door", passive with "door" first, and the participle before the noun give one direction', () => {
    for (const s of [
      'DUO organiseert de examens.',
      'De examens worden georganiseerd door DUO.',
      'De examens worden door DUO georganiseerd.',
      'De door DUO georganiseerde examens beginnen morgen.',
      'DUO heeft de examens georganiseerd.',
      'DUO zal de examens organiseren.',
    ])
      expect(relations(s)).toEqual(['ORGANISES duo -> examens [organiseren]']);
  });

  it('separable verbs: the particle at the end of the clause, the participle and the passive', () => {
    expect(relations('DUO voert de examens uit.')).toEqual(['RUNS duo -> examens [uitvoeren]']);
    expect(relations('De examens worden uitgevoerd door DUO.')).toEqual(['RUNS duo -> examens [uitvoeren]']);
    expect(relations('DUO biedt de examens aan.')).toEqual(['OFFERS duo -> examens [aanbieden]']);
    // Without the particle "voert" is another verb.
    expect(relations('DUO voert de examens.')).toEqual([]);
  });

  it('a ditransitive offer gives the offer and its target group', () => {
    expect(relations('DUO biedt nieuwkomers de examens aan.')).toEqual([
      'OFFERS duo -> examens [aanbieden]',
      'TARGETS examens -> nieuwkomers [aanbieden-aan]',
    ]);
  });

  it('inversion after a fronted phrase keeps the subject after the verb', () => {
    expect(relations('Binnen deze subsidie organiseert DUO examens.')).toEqual([
      'ORGANISES duo -> examens [organiseren]',
    ]);
    expect(relations('Samen met de gemeente investeer Ik in het project.')).toEqual([
      'COOPERATES_WITH staatssecretaris -> gemeente [samen-met]',
      'FUNDS staatssecretaris -> project [financieren]',
    ]);
  });

  it('a name inside a prepositional phrase is not the subject', () => {
    // The subject is "Examens in beeld", not the law after "van de" that stands nearest to the verb.
    expect(
      relations(
        'Het rapport Examens in beeld over de uitvoering van de Wet inburgering 2021 is onderdeel van de inburgering.',
      ),
    ).toEqual([
      'EVALUATES examens-in-beeld -> wi2021 [evalueren]',
      'PART_OF examens-in-beeld -> inburgering [onderdeel-van]',
    ]);
  });

  it('lists fill one slot and make one relation each', () => {
    expect(relations('DUO organiseert het examen, het project en de examens.')).toEqual([
      'ORGANISES duo -> examen [organiseren]',
      'ORGANISES duo -> examens [organiseren]',
      'ORGANISES duo -> project [organiseren]',
    ]);
    expect(maskSentence('DUO en de gemeente, Gouda', namesIn('DUO en de gemeente, Gouda'))).toBe('⟦0,1,2⟧');
  });

  it('a negation inside the wording cancels it, unless the wording is negative', () => {
    expect(relations('DUO organiseert geen examens.')).toEqual([]);
    expect(relations('Nieuwkomers vallen niet onder de Wet inburgering 2021.')).toEqual([
      'EXCLUDES wi2021 -> nieuwkomers [valt-niet-onder]',
    ]);
  });
});

describe('relation patterns: domain and range', () => {
  it('discards a wording whose ends no type of the pattern allows', () => {
    // ORGANISES runs from an organisation to a programme: a target group cannot organise, a law is not organised.
    expect(relations('Nieuwkomers organiseren de examens.')).toEqual([]);
    expect(relations('DUO organiseert de Wet examens.')).toEqual([]);
  });

  it('picks the type that fits the ends: RUNS for a programme, IMPLEMENTS for a law', () => {
    expect(relations('DUO voert de examens uit.')).toEqual(['RUNS duo -> examens [uitvoeren]']);
    expect(relations('DUO voert de Wet examens uit.')).toEqual(['IMPLEMENTS duo -> wet-examens [uitvoeren]']);
  });

  it('a written document is AUTHORED, a report PUBLISHED', () => {
    expect(relations('In het Regeerprogramma heeft DUO dit aangekondigd.')).toEqual([
      'AUTHORED duo -> regeerprogramma [document-van]',
    ]);
    expect(relations('Het rapport Examens in beeld van DUO is verschenen.')).toEqual([
      'PUBLISHED duo -> examens-in-beeld [document-van]',
    ]);
  });

  it('"zoals" links only names of the same kind', () => {
    expect(relations('Gemeenten, zoals Gouda, doen dit al.')).toEqual(['PART_OF gouda -> gemeenten [zoals]']);
    expect(relations('Gemeenten, zoals nieuwkomers, doen dit al.')).toEqual([]);
  });
});
