import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServerOptions, BaseContext } from '@apollo/server';
import type { RequestHandler, Response } from 'express';
import { projectRoot } from '../config';

/** The manifest `npm run codegen` writes: the explorer's operations and the documented examples, by sha256. */
export const DEFAULT_MANIFEST = path.join(projectRoot, 'src/generated/trustedDocuments.json');

/** Operations registered at run time through automatic persisted queries, kept when not in strict mode. */
const MAX_REGISTERED = 1000;

type KeyValueCache = NonNullable<
  NonNullable<Exclude<ApolloServerOptions<BaseContext>['persistedQueries'], false>>['cache']
>;

/**
 * The trusted documents (persisted operations) of this server. Every request may name an operation by its id
 * (Apollo's `extensions.persistedQuery.sha256Hash`, or `documentId`); Apollo then skips hashing, and its document
 * cache (keyed by the id) skips parse and validation after the first call. In strict mode only registered
 * operations are answered: an unknown id gets PERSISTED_QUERY_NOT_FOUND, any other text FORBIDDEN, before Apollo
 * parses anything.
 */
export class TrustedDocuments {
  private readonly registered = new Map<string, string>();

  constructor(
    private readonly manifest: ReadonlyMap<string, string>,
    readonly strict: boolean,
  ) {}

  /** Reads a manifest file; a missing or malformed file is a start-up error naming it. */
  static load(file: string, strict: boolean): TrustedDocuments {
    let parsed: unknown;
    try {
      parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (e) {
      throw new Error(
        `trusted documents ${file}: ${e instanceof Error ? e.message : String(e)}; run \`npm run codegen\``,
        { cause: e },
      );
    }
    if (
      !parsed ||
      typeof parsed !== 'object' ||
      !Object.entries(parsed).every(([k, v]) => /^[0-9a-f]{64}$/.test(k) && typeof v === 'string')
    ) {
      throw new Error(`trusted documents ${file}: expected an object of sha256 hex digest -> document text`);
    }
    return new TrustedDocuments(new Map(Object.entries(parsed as Record<string, string>)), strict);
  }

  get size(): number {
    return this.manifest.size;
  }

  /**
   * Apollo's persisted-query store: the manifest first, then (not strict) what clients registered, bounded and
   * oldest-out. In strict mode nothing is ever written, so the set of runnable operations cannot grow.
   */
  cache(): KeyValueCache {
    const prefix = 'apq:';
    return {
      get: async (key) => {
        const hash = key.startsWith(prefix) ? key.slice(prefix.length) : key;
        return this.manifest.get(hash) ?? this.registered.get(hash);
      },
      set: async (key, value) => {
        if (this.strict) return;
        const hash = key.startsWith(prefix) ? key.slice(prefix.length) : key;
        if (this.registered.size >= MAX_REGISTERED)
          this.registered.delete(this.registered.keys().next().value as string);
        this.registered.set(hash, value);
      },
      delete: async (key) => {
        this.registered.delete(key.startsWith(prefix) ? key.slice(prefix.length) : key);
        return true;
      },
    };
  }

  /**
   * Express middleware in front of Apollo: turns `documentId` (the GraphQL-over-HTTP spelling, "sha256:<hex>" or
   * "<hex>") into the persisted-query extension, and in strict mode refuses what is not registered.
   */
  middleware(): RequestHandler {
    return (req, res, next) => {
      const body = req.method === 'POST' ? (req.body as Record<string, unknown> | undefined) : undefined;
      if (body && typeof body === 'object' && typeof body.documentId === 'string') {
        body.extensions = {
          ...(body.extensions as object | undefined),
          persistedQuery: { version: 1, sha256Hash: body.documentId.replace(/^sha256:/, '') },
        };
        delete body.documentId;
      }
      if (!this.strict) return next();
      const { query, hash } = body ? fromBody(body) : fromSearch(req.query);
      if (hash !== undefined && this.manifest.has(hash)) return next(); // Apollo still checks a given text against the id
      if (hash !== undefined && query === undefined)
        return refuse(res, 200, 'PERSISTED_QUERY_NOT_FOUND', 'PersistedQueryNotFound');
      if (typeof query === 'string' && this.manifest.has(sha256(query))) return next();
      return refuse(
        res,
        403,
        'FORBIDDEN',
        'Not allowed: this server answers only registered operations (trusted documents); send the id of one',
      );
    };
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function fromBody(body: Record<string, unknown>): { query: unknown; hash: string | undefined } {
  const pq = (body.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
  return { query: body.query, hash: typeof pq?.sha256Hash === 'string' ? pq.sha256Hash : undefined };
}

/** GET requests carry `extensions` as a JSON string in the query string. */
function fromSearch(search: Record<string, unknown>): { query: unknown; hash: string | undefined } {
  let extensions: unknown;
  try {
    extensions = typeof search.extensions === 'string' ? JSON.parse(search.extensions) : undefined;
  } catch {
    extensions = undefined;
  }
  return fromBody({ query: search.query, extensions });
}

/**
 * The refusal in the GraphQL error shape. PersistedQueryNotFound answers 200 with Apollo's own message, because APQ
 * clients read exactly that as "send the text"; a strict server then refuses the text with 403 FORBIDDEN.
 */
function refuse(res: Response, status: number, code: string, message: string): void {
  res
    .status(status)
    .set('cache-control', 'private, no-cache, must-revalidate')
    .json({ errors: [{ message, extensions: { code } }] });
}
