import { GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor } from '../../src/db/cursor';

describe('cursors', () => {
  it('round-trips', () => {
    expect(decodeCursor(encodeCursor('NAME_ASC', 'coa', 'coa'), 'NAME_ASC')).toEqual({ key: 'coa', id: 'coa' });
  });
  it.each([
    '',
    'not-base64!!',
    Buffer.from('{"a":1}').toString('base64url'),
    Buffer.from('[1,2,3]').toString('base64url'),
  ])('rejects %p with BAD_USER_INPUT naming the argument', (c) => {
    try {
      decodeCursor(c, 'NAME_ASC');
      throw new Error('expected an error');
    } catch (e) {
      expect(e).toBeInstanceOf(GraphQLError);
      expect((e as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    }
  });
  it('rejects a cursor made for another ordering', () => {
    expect(() => decodeCursor(encodeCursor('ID_DESC', 'x', 'x'), 'NAME_ASC')).toThrow(/another ordering/);
  });
});
