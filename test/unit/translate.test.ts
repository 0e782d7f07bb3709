import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { translate } from '../../src/db/executor';

/** The only mapping from Neo4j's errors to the API's codes; the originals stay attached for the log only. */
describe('translate (Neo4j errors → API error codes)', () => {
  it.each([
    [
      'ServiceUnavailable',
      'Could not perform discovery. No routing servers available. bolt://10.0.0.1:7687',
      'SERVICE_UNAVAILABLE',
    ],
    ['SessionExpired', 'session expired', 'SERVICE_UNAVAILABLE'],
    ['Neo.TransientError.General.DatabaseUnavailable', 'Database neo4j is unavailable', 'SERVICE_UNAVAILABLE'],
    [
      'Neo.ClientError.Security.Unauthorized',
      'The client is unauthorized due to authentication failure.',
      'SERVICE_UNAVAILABLE',
    ],
    [
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      'The transaction has been terminated.',
      'TIMEOUT',
    ],
    ['N/A', 'Connection acquisition timed out in 5000 ms.', 'SERVICE_UNAVAILABLE'],
  ])('%s → %s', (code, message, expected) => {
    const e = translate(new Neo4jError(message, code, 'N/A', 'N/A'));
    expect(e).toBeInstanceOf(GraphQLError);
    expect((e as GraphQLError).extensions.code).toBe(expected);
    expect((e as GraphQLError).message).not.toContain(message);
    expect(((e as GraphQLError).originalError as Neo4jError).message).toBe(message);
  });

  it('leaves other errors for masking as INTERNAL_SERVER_ERROR', () => {
    const syntax = new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', 'N/A', 'N/A');
    expect(translate(syntax)).toBe(syntax);
  });
});
