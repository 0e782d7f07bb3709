/**
 * `npm start`: starts Neo4j (the local server unless NEO4J_URI is set), loads the seed graph, serves the API,
 * and on SIGINT/SIGTERM drains requests, closes the driver and stops the local Neo4j cleanly.
 */
import { ConfigError, loadConfig } from './config';
import { RuntimeSetupError } from './neo4jLocal/neo4jRuntime';
import { seedDatabase } from './seeding/seedPipeline';
import { SeedValidationError } from './seeding/seedIssue';
import { createLogger } from './logger';
import { connectNeo4j, type Neo4jConnection } from './neo4jConnection';
import { createServer, type KgServer } from './server';

async function main(): Promise<void> {
  const started = Date.now();
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  const logger = createLogger(config.logLevel);
  const say = (line: string) => process.stderr.write(`${line}\n`);

  let conn: Neo4jConnection | undefined;
  let server: KgServer | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`[api] ${signal}: shutting down`);
    try {
      await server?.stop();
      await conn?.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    conn = await connectNeo4j(config, say);
    const executor = conn.executor;
    const seed = async () => {
      const t = Date.now();
      const { load: report, documents } = await seedDatabase(executor);
      const what = `seed graph ${report.version}: ${report.entities} entities, ${report.relations} relations, ${report.evidence} evidence quotes`;
      say(
        report.skipped
          ? `[seed] ${what} already loaded (validated in ${Date.now() - t} ms; \`npm run seed -- --force\` rewrites it)`
          : `[seed] loaded ${what} (${report.nodesCreated} nodes and ${report.relationshipsCreated} relationships created, ` +
              `${report.nodesDeleted + report.relationshipsDeleted} removed) in ${Date.now() - t} ms`,
      );
      for (const d of documents) {
        const doc = d.document;
        say(
          `[ingest] ${doc.id}: ${doc.questions.length} questions, ${doc.answers.length} answers, ${doc.passages.length} passages, ` +
            `${doc.citations.length} citations, ${doc.mentions.length} mentions (${d.written ? 'written' : 'unchanged'})` +
            (doc.warnings.length ? `; warnings: ${doc.warnings.join('; ')}` : ''),
        );
      }
    };
    if (config.seedOnStart) {
      try {
        await seed();
      } catch (e) {
        // An external Neo4j that is down must not keep the API from starting: /ready answers 503 and queries
        // SERVICE_UNAVAILABLE until it is back; the seed load is retried in the background meanwhile.
        if (!isUnavailable(e)) throw e;
        say(
          isAuthFailure(e)
            ? `[seed] Neo4j refused the credentials of user "${config.neo4j.username ?? '(none)'}" (check NEO4J_USERNAME and NEO4J_PASSWORD); starting without it and retrying every ${SEED_RETRY_MS / 1000} s`
            : `[seed] Neo4j is unreachable (${config.neo4j.uri ?? 'local'}); starting without it and retrying every ${SEED_RETRY_MS / 1000} s`,
        );
        retrySeed(seed, say);
      }
    }
    server = await createServer({ executor: conn.executor, logger, introspection: config.introspection, tokens: config.tokens });
    await new Promise<void>((resolve, reject) => {
      server?.httpServer.once('error', reject);
      server?.httpServer.listen(config.port, config.host, () => resolve());
    });
    const addr = server.httpServer.address();
    const port = typeof addr === 'object' && addr ? addr.port : config.port;
    const host = config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host;
    say(`[api] ready in ${((Date.now() - started) / 1000).toFixed(1)} s: GraphQL at http://${host}:${port}/graphql (health: /health, readiness: /ready)`);
  } catch (e) {
    if (e instanceof SeedValidationError || e instanceof RuntimeSetupError) say(e.message);
    else if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') say(`Port ${config.port} is in use: set PORT to a free port.`);
    else say(`Start-up failed: ${e instanceof Error ? e.message : String(e)}`);
    await server?.stop().catch(() => undefined);
    await conn?.close().catch(() => undefined);
    process.exit(1);
  }
}

/** Pause between attempts to load the seed graph while Neo4j is unreachable. */
const SEED_RETRY_MS = 5_000;

function isUnavailable(e: unknown): boolean {
  return (e as { extensions?: { code?: string } })?.extensions?.code === 'SERVICE_UNAVAILABLE';
}

/** Authentication failures say so in the log (the password itself never appears). */
function isAuthFailure(e: unknown): boolean {
  return String((e as { originalError?: { code?: string } })?.originalError?.code ?? '').startsWith('Neo.ClientError.Security.');
}

function retrySeed(seed: () => Promise<void>, say: (l: string) => void): void {
  const timer = setTimeout(() => {
    seed().then(
      () => say('[seed] Neo4j is back: seed graph loaded'),
      (e: unknown) => {
        if (isUnavailable(e)) retrySeed(seed, say);
        else say(`[seed] loading the seed graph failed: ${e instanceof Error ? e.message : String(e)}`);
      },
    );
  }, SEED_RETRY_MS);
  timer.unref();
}

void main();
