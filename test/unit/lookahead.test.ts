import { buildSchema, execute, parse } from 'graphql';
import { namesUnder } from '../../src/resolvers/lookahead';

/** `namesUnder` decides whether evidence (and which properties) are fetched at all, so it must see through fragments and aliases. */
describe('namesUnder', () => {
  const schema = buildSchema(
    'type Q { e: E } type E { relations: [R] } type R { id: ID evidence: [V] } type V { quote: String } schema { query: Q }',
  );
  const seen = (query: string) => {
    let out: boolean | undefined;
    void execute({
      schema,
      document: parse(query),
      rootValue: {
        e: (_a: unknown, _c: unknown, info: never) => ((out = namesUnder(info, ['relations']).has('evidence')), {}),
      },
    });
    return out;
  };
  it.each([
    ['{ e { relations { id } } }', false],
    ['{ e { relations { id evidence { quote } } } }', true],
    ['{ e { relations { id ev: evidence { quote } } } }', true],
    ['{ e { relations { ...F } } } fragment F on R { evidence { quote } }', true],
    ['{ e { ... on E { relations { ... on R { evidence { quote } } } } } }', true],
    ['{ e { ...G } } fragment G on E { relations { id } }', false],
  ])('%s → %s', (query, expected) => {
    expect(seen(query)).toBe(expected);
  });
});
