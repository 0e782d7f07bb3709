import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseTokens, type TokenEntry } from './auth';

/**
 * The whole configuration, read from the environment once at start-up (`loadConfig`) and then passed around
 * frozen. Tests build their own Config objects and never touch process.env.
 */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Load (validate + idempotent write) the seed graph when the server starts. */
  readonly seedOnStart: boolean;
  /** Answer introspection queries (GraphQL IDEs and code generators need it; some operators turn it off). */
  readonly introspection: boolean;
  /** Bearer tokens (hashed) that may call mutations, with their roles. */
  readonly tokens: readonly TokenEntry[];
  readonly trustedDocuments: TrustedDocumentsConfig;
  /**
   * Stack traces mapped to the TypeScript sources. Off by default: neo4j-driver formats a stack trace for every query
   * it runs, and mapping it through the source maps tsx installs was about 5% of a light request's CPU.
   */
  readonly sourceMappedStacks: boolean;
  readonly neo4j: Neo4jConfig;
}

export interface TrustedDocumentsConfig {
  /** Answer only the operations of the manifest (a public deployment); otherwise any valid operation. */
  readonly only: boolean;
  /** The manifest of registered operations (sha256 hex -> document), written by `npm run codegen`. */
  readonly file: string;
}

export interface Neo4jConfig {
  /** External server (Aura, cluster, any Neo4j 5); when absent the project starts its own local server. */
  readonly uri: string | undefined;
  readonly username: string | undefined;
  readonly password: string | undefined;
  readonly database: string;
  /** Ceiling for one read transaction of the API. */
  readonly readTimeoutMs: number;
  readonly local: LocalNeo4jConfig;
}

export interface LocalNeo4jConfig {
  readonly boltPort: number;
  /** Server home (conf, data, logs); git-ignored. */
  readonly homeDir: string;
  readonly heap: string;
  readonly pageCache: string;
  /** How long to wait for Bolt to answer after starting the process. */
  readonly startTimeoutMs: number;
  /** Require credentials (tests only; the project's local server runs without, on loopback). */
  readonly authEnabled?: boolean;
}

const projectRoot = path.resolve(__dirname, '..');

const port = z.coerce.number().int().min(0).max(65535);
const memory = z.string().regex(/^\d+[kmg]$/i, 'expected a size like 512m or 1g');
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
  PORT: port.default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_ON_START: bool.default(true),
  INTROSPECTION: bool.default(true),
  API_TOKENS: z.string().optional(),
  TRUSTED_DOCUMENTS_ONLY: bool.default(false),
  SOURCE_MAPPED_STACKS: bool.default(false),
  TRUSTED_DOCUMENTS_FILE: z
    .string()
    .min(1)
    .default(path.join(projectRoot, 'src', 'generated', 'trustedDocuments.json')),
  NEO4J_URI: z
    .string()
    .regex(
      /^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/,
      'expected neo4j://, neo4j+s://, bolt:// or bolt+s:// followed by a host',
    )
    .optional(),
  NEO4J_USERNAME: z.string().min(1).optional(),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'not a valid database name')
    .default('neo4j'),
  NEO4J_READ_TIMEOUT_MS: z.coerce.number().int().min(100).max(600000).default(10000),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HOME: z
    .string()
    .min(1)
    .default(path.join(projectRoot, '.data', 'neo4j')),
  NEO4J_HEAP: memory.default('512m'),
  NEO4J_PAGECACHE: memory.default('256m'),
  NEO4J_START_TIMEOUT_MS: z.coerce.number().int().min(1000).max(900000).default(180000),
});

/** Thrown with one readable line per bad variable; main prints it and exits 1. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses and validates the environment once; empty strings count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (i) => `${String(i.path[0])}=${JSON.stringify(cleaned[String(i.path[0])] ?? '')}: ${i.message}`,
      ),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (!e.NEO4J_URI && (e.NEO4J_USERNAME || e.NEO4J_PASSWORD)) {
    problems.push(
      'NEO4J_USERNAME/NEO4J_PASSWORD are set but NEO4J_URI is not: set NEO4J_URI to use an external server',
    );
  }
  if (e.NEO4J_URI && Boolean(e.NEO4J_USERNAME) !== Boolean(e.NEO4J_PASSWORD)) {
    problems.push('NEO4J_USERNAME and NEO4J_PASSWORD must be set together');
  }
  const trustedFile = path.resolve(e.TRUSTED_DOCUMENTS_FILE);
  // A strict server without its manifest would refuse everything: fail at start-up instead.
  if (e.TRUSTED_DOCUMENTS_ONLY && !fs.existsSync(trustedFile)) {
    problems.push(
      `TRUSTED_DOCUMENTS_FILE=${JSON.stringify(e.TRUSTED_DOCUMENTS_FILE)}: no such file, and TRUSTED_DOCUMENTS_ONLY=true needs it (run \`npm run codegen\`)`,
    );
  }
  const { tokens, problems: tokenProblems } = parseTokens(e.API_TOKENS);
  problems.push(...tokenProblems);
  if (problems.length) throw new ConfigError(problems);
  return deepFreeze({
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    seedOnStart: e.SEED_ON_START,
    introspection: e.INTROSPECTION,
    tokens,
    trustedDocuments: { only: e.TRUSTED_DOCUMENTS_ONLY, file: trustedFile },
    sourceMappedStacks: e.SOURCE_MAPPED_STACKS,
    neo4j: {
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      readTimeoutMs: e.NEO4J_READ_TIMEOUT_MS,
      local: {
        boltPort: e.NEO4J_BOLT_PORT,
        homeDir: path.resolve(e.NEO4J_HOME),
        heap: e.NEO4J_HEAP,
        pageCache: e.NEO4J_PAGECACHE,
        startTimeoutMs: e.NEO4J_START_TIMEOUT_MS,
      },
    },
  });
}

function deepFreeze<T extends object>(o: T): T {
  if (ArrayBuffer.isView(o)) return o; // typed arrays (token hashes) cannot be frozen
  for (const v of Object.values(o)) if (v && typeof v === 'object') deepFreeze(v as object);
  return Object.freeze(o);
}

export { projectRoot };
