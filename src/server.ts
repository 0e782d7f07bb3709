import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { projectRoot } from './config';
import { authenticate, type TokenEntry } from './auth';
import { IngestionRepository } from './db/ingestionRepository';
import { SuggestionRepository } from './db/suggestionRepository';
import { removeDocument } from './ingest/removeDocument';
import { createContext, type Context, type Repositories } from './context';
import { FigureRepository } from './db/figureRepository';
import { CurationRepository } from './db/curationRepository';
import { EntityRepository } from './db/entityRepository';
import type { Executor } from './db/executor';
import { DocumentRepository } from './db/documentRepository';
import { FamilyRepository } from './db/familyRepository';
import { GraphRepository } from './db/graphRepository';
import { PassageSearchRepository } from './db/passageSearchRepository';
import { StructureLinks } from './db/structureLinks';
import { RelationRepository } from './db/relationRepository';
import { SearchRepository } from './db/searchRepository';
import { exportRoute } from './export/exportRoute';
import { EXPORTS } from './export/formats';
import { formatError } from './formatError';
import { explorerRouter } from './explorer/explorerRoute';
import { graphiqlRouter } from './graphiql/graphiqlRoute';
import { errorLoggingPlugin } from './http/errorLoggingPlugin';
import { jsonErrorHandler, jsonNotFound } from './http/jsonErrorHandler';
import { costLimitPlugin, limitRules } from './limits';
import { Metrics } from './metrics';
import type { Logger } from './logger';
import { resolvers } from './resolvers';
import { DEFAULT_MANIFEST, TrustedDocuments } from './http/trustedDocuments';

/** Largest accepted request body; a GraphQL operation of this project is a few kB. */
export const MAX_BODY = '100kb';
/** Parser token ceiling: refuses token floods before validation and execution. */
export const MAX_TOKENS = 5000;

export interface ServerDeps {
  executor: Executor;
  logger: Logger;
  /** Bearer tokens allowed to write (none: the write API is closed). */
  tokens?: readonly TokenEntry[];
  /** Default true; set explicitly rather than following NODE_ENV as Apollo would. */
  introspection?: boolean;
  /** Registered operations (default: the committed manifest, not strict). */
  trustedDocuments?: { only: boolean; file?: string };
}

export interface KgServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  repos: Repositories;
  stop(): Promise<void>;
}

/** Reads the SDL, the source of truth for the contract, from schema/*.graphql. */
export function loadTypeDefs(): string {
  const dir = path.join(projectRoot, 'schema');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}

/**
 * Builds the HTTP app (GraphQL at /graphql, /health, /ready) without listening: main.ts listens, tests use
 * port 0 or executeOperation. Stateless: everything per request lives in the context.
 */
export async function createServer(deps: ServerDeps): Promise<KgServer> {
  const { executor, logger } = deps;
  const repos: Repositories = {
    entities: new EntityRepository(executor),
    relations: new RelationRepository(executor),
    search: new SearchRepository(executor),
    graph: new GraphRepository(executor),
    documents: new DocumentRepository(executor),
    families: new FamilyRepository(executor),
    links: new StructureLinks(executor),
    passages: new PassageSearchRepository(executor),
    curation: new CurationRepository(executor),
    figures: new FigureRepository(executor),
    ingestions: new IngestionRepository(executor),
    suggestions: new SuggestionRepository(executor),
    documentAdmin: { remove: (documentId) => removeDocument(executor, documentId) },
  };
  const metrics = new Metrics(executor);
  const trusted = TrustedDocuments.load(
    deps.trustedDocuments?.file ?? DEFAULT_MANIFEST,
    deps.trustedDocuments?.only ?? false,
  );
  const app = express();
  app.disable('x-powered-by');
  // Express hashes every res.send body for an ETag (sha1 in the profile of a light request); no response of this API
  // is served conditionally (GraphQL answers are POSTs, exports stream), so the hash was pure cost.
  app.set('etag', false);
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers: resolvers as never,
    formatError,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    introspection: deps.introspection ?? true,
    allowBatchedHttpRequests: false,
    // Operations by id: the manifest, plus (not strict) automatic persisted queries registered by clients.
    persistedQueries: { cache: trusted.cache(), ttl: null },
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: limitRules(),
    // Compact JSON (Apollo pretty-prints by default): smaller answers, less CPU per response.
    stringifyResult: (result) => JSON.stringify(result),
    // No HTTP caching hints are served, so the per-field cache-control bookkeeping is pure overhead.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      costLimitPlugin(),
      errorLoggingPlugin(logger),
      metrics.plugin(),
    ],
  });
  await apollo.start();

  // First: the hot path should not walk past the other routes on every request.
  app.use(
    '/graphql',
    metrics.inFlightMiddleware(),
    express.json({ limit: MAX_BODY }),
    trusted.middleware(),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const given = req.headers['x-request-id'];
        const requestId = typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
        return createContext(repos, requestId, authenticate(req.headers.authorization, deps.tokens ?? []));
      },
    }),
  );
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const reachable = await executor.ping();
    const seedVersion = reachable ? await repos.graph.seedVersion().catch(() => null) : null;
    res
      .status(reachable && seedVersion ? 200 : 503)
      .json({ status: reachable && seedVersion ? 'ready' : 'unavailable', neo4j: reachable, seedVersion });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.get('/export/:file', exportRoute(executor, logger));
  app.use('/graphiql', graphiqlRouter());
  app.use('/explorer', explorerRouter());
  app.get('/', (_req, res) => {
    res.json({
      graphql: '/graphql',
      health: '/health',
      ready: '/ready',
      metrics: '/metrics',
      graphiql: '/graphiql',
      explorer: '/explorer/',
      exports: Object.keys(EXPORTS).map((f) => `/export/${f}`),
    });
  });
  app.use(jsonErrorHandler(logger, MAX_BODY));
  app.use(jsonNotFound);

  return {
    app,
    httpServer,
    apollo,
    repos,
    async stop() {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
    },
  };
}

/** Creates a per-request context outside HTTP, for executeOperation in tests. */
export function contextFor(server: KgServer, requestId = randomUUID(), auth?: import('./auth').Auth): Context {
  return createContext(server.repos, requestId, auth);
}
