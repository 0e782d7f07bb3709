import { luceneQuery } from '../../src/domain/luceneQuery';
import { entitySnippet as snippet } from '../../src/domain/snippet';
import { EntityType } from '../../src/generated/graphql';

describe('luceneQuery', () => {
  it('turns each word into an exact-or-prefix clause, all required', () => {
    expect(luceneQuery('VrIP')).toBe('(vrip OR vrip*)');
    expect(luceneQuery('Vroege integratie')).toBe('(vroege OR vroege*) AND (integratie OR integratie*)');
  });

  it('leaves no Lucene syntax from user text', () => {
    for (const text of ['AND OR (', '*', '~', '"', 'a:b', 'x\' OR 1=1 //', '"}) MATCH (n) DETACH DELETE n //', '`\u0000`', 'title:(foo^3)']) {
      const q = luceneQuery(text);
      if (q === null) continue;
      const userTerms = q.replace(/\(|\)| OR | AND |\*/g, ' ');
      expect(userTerms).toMatch(/^[\p{Ll}\p{N} ]*$/u);
      expect(q).not.toMatch(/ (AND|OR) (AND|OR) /);
    }
  });

  it('returns null when nothing searchable remains', () => {
    expect(luceneQuery('  ***  ')).toBeNull();
    expect(luceneQuery('')).toBeNull();
  });

  it('caps the number of words', () => {
    expect((luceneQuery(Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ')) ?? '').split(' AND ')).toHaveLength(12);
  });
});

describe('snippet', () => {
  const e = {
    id: 'x', type: EntityType.Programme, name: 'Vroege integratie en participatie', aliases: ['VrIP'],
    description: 'A <programme> & more', kind: null, identifiers: [],
  };
  it('marks the matched alias and escapes HTML', () => {
    expect(snippet(e, ['vrip'])).toBe('<b>VrIP</b>');
    expect(snippet(e, ['programme'])).toBe('A &lt;<b>programme</b>&gt; &amp; more');
  });
  it('matches accents-insensitively and by prefix', () => {
    expect(snippet({ ...e, name: 'Oekraïense ontheemden', aliases: [] }, ['oekrai'])).toBe('<b>Oekraïense</b> ontheemden');
  });
});
