import { formatError } from '../../src/formatError';

describe('formatError', () => {
  it('passes documented codes with their message and safe extensions only', () => {
    const out = formatError({
      message: 'Argument "first" must be between 1 and 100 (got 0)',
      path: ['entities'],
      extensions: {
        code: 'BAD_USER_INPUT',
        argument: 'first',
        stacktrace: ['at x (/srv/app/src/a.ts:1:1)'],
        http: { status: 400 },
      },
    });
    expect(out).toEqual({
      message: 'Argument "first" must be between 1 and 100 (got 0)',
      path: ['entities'],
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
  });

  it('masks anything else, whatever its message', () => {
    for (const code of [undefined, 'INTERNAL_SERVER_ERROR', 'Neo.ClientError.Statement.SyntaxError', 'ECONNREFUSED']) {
      const out = formatError({
        message: 'Invalid input near MATCH (n) at bolt://127.0.0.1:7687',
        extensions: code ? { code } : {},
      });
      expect(out).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    }
  });
});
