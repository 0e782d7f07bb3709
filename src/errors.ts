import { GraphQLError } from 'graphql';

/**
 * The closed set of error codes a client can see (documented in schema/base.graphql and the README).
 * Anything else is masked to INTERNAL_SERVER_ERROR by formatError.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'SERVICE_UNAVAILABLE',
  'TIMEOUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Codes whose message is written by us (or by graphql-js about the client's operation) and safe to show. */
export const PUBLIC_CODES: ReadonlySet<string> = new Set(ERROR_CODES.filter((c) => c !== 'INTERNAL_SERVER_ERROR'));

export function badUserInput(argument: string, reason: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}" ${reason}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`No ${what} with id "${id}"`, { extensions: { code: 'NOT_FOUND', id } });
}

export function serviceUnavailable(): GraphQLError {
  return new GraphQLError('The database is unavailable; try again shortly', {
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
  });
}

export function timeout(): GraphQLError {
  return new GraphQLError('The database did not answer in time', { extensions: { code: 'TIMEOUT' } });
}

export function unauthenticated(reason: string): GraphQLError {
  return new GraphQLError(`Authentication required: ${reason}`, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

export function forbidden(reason: string): GraphQLError {
  return new GraphQLError(`Not allowed: ${reason}`, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}
