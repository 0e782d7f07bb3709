import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import type { Neo4jConfig } from '../config';
import { serviceUnavailable, timeout } from '../errors';

/**
 * Driver timeouts lowered from the 30–60 s defaults so an API request fails in seconds, not a minute: connecting
 * 5 s, waiting for a pooled connection 5 s, retrying transient failures (a Neo4j restart) for 3 s.
 */
export const DRIVER_TIMEOUTS = {
  connectionTimeout: 5_000,
  connectionAcquisitionTimeout: 5_000,
  maxTransactionRetryTime: 3_000,
};
/** Connections per API process; the driver's default of 100 is more than one Neo4j should give one client. */
const MAX_POOL_SIZE = 50;
/** Writes are seed loads and ingests: larger, rarer, and not on a request path. */
const WRITE_TIMEOUT_MS = 120_000;

export type Work<T> = (tx: ManagedTransaction) => Promise<T>;

/**
 * The one owner of Neo4j access: the single driver, the database name, read/write transactions with a timeout
 * and metadata, and the only translation of Neo4j errors into the project's error codes. Routing-aware
 * (`executeRead` goes to readers on a cluster), so the API stays stateless and works against Aura too.
 */
export class Executor {
  readonly driver: Driver;

  /** Sessions open right now (a gauge of pool use for /metrics). */
  activeSessions = 0;

  constructor(
    uri: string,
    private readonly cfg: Pick<Neo4jConfig, 'username' | 'password' | 'database' | 'readTimeoutMs'>,
    /** Tests lower these to provoke pool exhaustion and outages quickly. */
    overrides: Partial<typeof DRIVER_TIMEOUTS & { maxConnectionPoolSize: number }> = {},
  ) {
    const auth = cfg.username && cfg.password ? neo4j.auth.basic(cfg.username, cfg.password) : undefined;
    this.driver = neo4j.driver(uri, auth, {
      ...DRIVER_TIMEOUTS,
      maxConnectionPoolSize: MAX_POOL_SIZE,
      ...overrides,
      disableLosslessIntegers: true,
      userAgent: 'inburgering-kg',
      // Driver warnings (e.g. "connection refused") are reported through errors, not logged by the driver itself.
      logging: undefined,
    });
  }

  get database(): string {
    return this.cfg.database;
  }

  /** A read transaction (retried on transient errors by the driver) with the API's read timeout. */
  async read<T>(name: string, work: Work<T>): Promise<T> {
    const session = this.driver.session({ database: this.cfg.database, defaultAccessMode: neo4j.session.READ });
    this.activeSessions += 1;
    try {
      return await session.executeRead(work, {
        timeout: this.cfg.readTimeoutMs,
        metadata: { app: 'inburgering-kg', op: name },
      });
    } catch (e) {
      throw translate(e);
    } finally {
      this.activeSessions -= 1;
      await session.close().catch(() => undefined);
    }
  }

  /**
   * A read transaction that is never retried, for streaming results to a client: a retry would send the same rows
   * twice. `timeoutMs` may exceed the API's read timeout (exports of the whole graph take longer).
   */
  async readOnce<T>(
    name: string,
    work: (tx: import('neo4j-driver').Transaction) => Promise<T>,
    timeoutMs: number,
  ): Promise<T> {
    const session = this.driver.session({ database: this.cfg.database, defaultAccessMode: neo4j.session.READ });
    this.activeSessions += 1;
    const tx = session.beginTransaction({ timeout: timeoutMs, metadata: { app: 'inburgering-kg', op: name } });
    try {
      const out = await work(tx);
      await tx.commit();
      return out;
    } catch (e) {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      throw translate(e);
    } finally {
      this.activeSessions -= 1;
      await session.close().catch(() => undefined);
    }
  }

  /** One write transaction: everything in `work` commits together or not at all. */
  async write<T>(name: string, work: Work<T>, timeoutMs = WRITE_TIMEOUT_MS): Promise<T> {
    const session = this.driver.session({ database: this.cfg.database, defaultAccessMode: neo4j.session.WRITE });
    this.activeSessions += 1;
    try {
      return await session.executeWrite(work, { timeout: timeoutMs, metadata: { app: 'inburgering-kg', op: name } });
    } catch (e) {
      throw translate(e);
    } finally {
      this.activeSessions -= 1;
      await session.close().catch(() => undefined);
    }
  }

  /**
   * Schema statements (constraints, indexes) cannot share a transaction with data writes. Statements whose
   * index or constraint already exists are skipped: each one costs a schema transaction, and start-up runs this.
   */
  async schema(statements: readonly string[]): Promise<void> {
    const session = this.driver.session({ database: this.cfg.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      const existing = new Set(
        (await session.run('SHOW INDEXES YIELD name')).records.map((r) => r.get('name') as string),
      );
      const missing = statements.filter(
        (s) => !existing.has(/^CREATE (?:FULLTEXT |RANGE )?(?:INDEX|CONSTRAINT) (\w+)/.exec(s)?.[1] ?? ''),
      );
      for (const s of missing) await session.run(s);
      if (missing.length) await session.run('CALL db.awaitIndexes(300)');
    } catch (e) {
      throw translate(e);
    } finally {
      await session.close();
    }
  }

  async ping(): Promise<boolean> {
    try {
      await this.driver.verifyConnectivity({ database: this.cfg.database });
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

/** Maps driver errors to SERVICE_UNAVAILABLE / TIMEOUT; anything else stays an internal error (masked later). */
export function translate(e: unknown): unknown {
  if (e instanceof Neo4jError) {
    // Unreachable, restarting, or refusing our credentials: for a client all of these mean "try again later"
    // (the log line carries the real cause; the password never appears in either).
    if (
      e.code === 'ServiceUnavailable' ||
      e.code === 'SessionExpired' ||
      e.code.startsWith('Neo.TransientError.General.DatabaseUnavailable') ||
      e.code.startsWith('Neo.ClientError.Security.')
    ) {
      return Object.assign(serviceUnavailable(), { originalError: e });
    }
    if (e.code.includes('TransactionTimedOut') || e.code.includes('TransactionTimedOutClientConfiguration')) {
      return Object.assign(timeout(), { originalError: e });
    }
    if (/acquisition timed out|Connection acquisition/i.test(e.message))
      return Object.assign(serviceUnavailable(), { originalError: e });
  }
  return e;
}
