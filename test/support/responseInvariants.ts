import { ERROR_CODES } from '../../src/errors';

/** Patterns that must never reach a client: stack frames, paths, driver and Cypher text, addresses, suggestions. */
export const LEAKS = [/\bat \S+ \(?\/\S+:\d+/, /node_modules/, /\/work\//, /Neo4jError/, /bolt:\/\//, /ECONNREFUSED/, /\bMATCH \(/, /Did you mean/, /ServiceUnavailable/];

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
