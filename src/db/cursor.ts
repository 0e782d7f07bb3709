import { badUserInput } from '../errors';

/**
 * Opaque keyset cursors: base64url of [order, sortKey, id]. Keyset (not offset) paging keeps deep pages as
 * fast as the first, and a cursor names the order it was made for so it cannot be replayed on another one.
 */
export function encodeCursor(order: string, key: string, id: string): string {
  return Buffer.from(JSON.stringify([order, key, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, order: string, argument = 'after'): { key: string; id: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badUserInput(argument, 'is not a cursor returned by this API');
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || !parsed.every((p) => typeof p === 'string')) {
    throw badUserInput(argument, 'is not a cursor returned by this API');
  }
  const [o, key, id] = parsed as [string, string, string];
  if (o !== order)
    throw badUserInput(argument, `is a cursor for another ordering (${o}); use it with the same orderBy`);
  return { key, id };
}
