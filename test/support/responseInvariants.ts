import { ERROR_CODES } from '../../src/errors';

import path from 'node:path';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The one list of what must never reach a client, for every HTTP test: stack frames, source and install paths,
 * driver and Cypher text, database addresses, pool states and field suggestions.
 */
export const LEAKS: readonly RegExp[] = [
  /\bat \S+ \(?\/\S+:\d+/, // a stack frame with a file path
  /\bat \S+\.(ts|js):\d+/, // a stack frame without one
  /node_modules/,
  new RegExp(escape(path.resolve(__dirname, '../..'))), // where this checkout lives
  /Neo4jError/,
  /ServiceUnavailable/,
  /bolt:\/\//,
  /\b127\.0\.0\.1\b/, // a database or proxy address
  /ECONNREFUSED/,
  /\bMATCH \(/,
  /Did you mean/,
  /connection pool/i,
];

/**
 * The invariants of every response (reliability matrix): no 5xx but 503, JSON body, only documented error codes,
 * nothing internal leaked. Returns a description of the first violation, or null.
 */
export function violation(status: number, contentType: string | null, text: string): string | null {
  if (status >= 500 && status !== 503) return `status ${status}`;
  if (!/application\/(graphql-response\+)?json/.test(contentType ?? '')) return `content-type ${contentType}`;
  let body: { errors?: { extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(text);
  } catch {
    return 'body is not JSON';
  }
  for (const e of body.errors ?? []) {
    if (!(ERROR_CODES as readonly string[]).includes(String(e.extensions?.code))) return `undocumented code ${e.extensions?.code}`;
  }
  const leak = LEAKS.find((l) => l.test(text));
  return leak ? `leak ${leak}` : null;
}
