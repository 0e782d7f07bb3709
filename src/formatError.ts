import type { GraphQLFormattedError } from 'graphql';
import { PUBLIC_CODES } from './errors';

/** The only extension keys a client may see besides `code`: nothing internal (stack, http, exception) passes. */
const PUBLIC_EXTENSIONS = new Set(['code', 'argument', 'id', 'requestId']);

/**
 * Masks every error whose code is not in the documented set: its message could carry driver text, Cypher or
 * addresses. Masked errors keep only INTERNAL_SERVER_ERROR; the real cause is logged with the request id.
 */
export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
    const extensions = Object.fromEntries(
      Object.entries(formatted.extensions ?? {}).filter(([k]) => PUBLIC_EXTENSIONS.has(k)),
    );
    return {
      message: formatted.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions,
    };
  }
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
