import { createHash, timingSafeEqual } from 'node:crypto';

export type Role = 'reader' | 'curator' | 'admin';
const RANK: Record<Role, number> = { reader: 0, curator: 1, admin: 2 };

/** One configured API token: the operator stores only its SHA-256, never the token itself. */
export interface TokenEntry {
  readonly name: string;
  readonly role: Role;
  readonly sha256: Buffer;
  /** Expiry (exclusive); undefined = no expiry. */
  readonly expires?: Date;
}

/** Who is calling: a known, valid token, or why not. */
export type Auth =
  { kind: 'token'; name: string; role: Role } | { kind: 'anonymous' } | { kind: 'invalid'; reason: string };

/**
 * Parses API_TOKENS: comma-separated `name:role:sha256hex[:expires]` entries (expires as an ISO date). Returns
 * problems as readable lines for the start-up config check.
 */
export function parseTokens(spec: string | undefined): { tokens: TokenEntry[]; problems: string[] } {
  const tokens: TokenEntry[] = [];
  const problems: string[] = [];
  for (const [i, raw] of (spec ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .entries()) {
    const [name, role, hash, expires, ...rest] = raw.split(':');
    const where = `API_TOKENS entry ${i + 1}`;
    if (rest.length || !name || !role || !hash) {
      problems.push(`${where}: expected name:role:sha256hex[:expires]`);
      continue;
    }
    if (!/^[\w.-]{1,64}$/.test(name))
      problems.push(`${where}: name "${name}" must be 1-64 letters, digits, dots, dashes or underscores`);
    if (!(role in RANK)) problems.push(`${where}: role "${role}" must be reader, curator or admin`);
    if (!/^[0-9a-f]{64}$/i.test(hash))
      problems.push(
        `${where}: the token's SHA-256 must be 64 hex digits (the token itself never goes in the configuration)`,
      );
    const date = expires ? new Date(expires) : undefined;
    if (date && Number.isNaN(date.getTime())) problems.push(`${where}: expiry "${expires}" is not an ISO date`);
    if (tokens.some((t) => t.name === name)) problems.push(`${where}: duplicate name "${name}"`);
    tokens.push({ name, role: role as Role, sha256: Buffer.from(hash, 'hex'), ...(date ? { expires: date } : {}) });
  }
  return { tokens, problems };
}

/** Reads `Authorization: Bearer <token>`; compares hashes in constant time. */
export function authenticate(header: string | undefined, tokens: readonly TokenEntry[], now = new Date()): Auth {
  if (!header) return { kind: 'anonymous' };
  const m = /^Bearer ([\x21-\x7e]{8,512})$/.exec(header);
  if (!m) return { kind: 'invalid', reason: 'malformed Authorization header (expected "Bearer <token>")' };
  const digest = createHash('sha256')
    .update(m[1] as string)
    .digest();
  const entry = tokens.find((t) => t.sha256.length === digest.length && timingSafeEqual(t.sha256, digest));
  if (!entry) return { kind: 'invalid', reason: 'unknown token' };
  if (entry.expires && entry.expires <= now) return { kind: 'invalid', reason: 'expired token' };
  return { kind: 'token', name: entry.name, role: entry.role };
}

export function hasRole(auth: Auth, role: Role): boolean {
  return auth.kind === 'token' && RANK[auth.role] >= RANK[role];
}
