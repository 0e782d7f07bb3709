/**
 * `npm start`: starts Neo4j (the local server unless NEO4J_URI is set), loads the seed graph, serves the API,
 * and on SIGINT/SIGTERM drains requests, closes the driver and stops the local Neo4j cleanly.
 */
import { ConfigError, loadConfig } from './config';
import { RuntimeSetupError } from './db/neo4jRuntime';
import { seedDatabase } from './knowledge/seedPipeline';
import { SeedValidationError } from './knowledge/seedIssue';
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
    if (config.seedOnStart) {
      const t = Date.now();
      const { load: report, documents } = await seedDatabase(conn.executor);
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
    }
    server = await createServer({ executor: conn.executor, logger, introspection: config.introspection });
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

void main();
