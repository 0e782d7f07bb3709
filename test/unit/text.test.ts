import { foldForSearch, normaliseWhitespace } from '../../src/domain/text';

describe('text normalisation', () => {
  it('collapses all whitespace, including newlines and non-breaking spaces', () => {
    expect(normaliseWhitespace('  a \n\t b\u00a0 c  ')).toBe('a b c');
  });

  it('folds case, accents and punctuation for search', () => {
    expect(foldForSearch('Oekraïense')).toBe('oekraiense');
    expect(foldForSearch('Z-route')).toBe('z route');
    expect(foldForSearch('VrIP')).toBe(foldForSearch('vrip'));
    expect(foldForSearch('‘Economische veerkracht’')).toBe('economische veerkracht');
    expect(foldForSearch('***')).toBe('');
  });
});
