import assert from 'node:assert';
import type { GraphQLFormattedError } from 'graphql';
import { createLogger } from '../../src/logger';
import { contextFor, createServer, type KgServer } from '../../src/server';
import type { Executor } from '../../src/db/executor';

/** An in-process API on the test Neo4j; `gql` runs an operation through Apollo (parse, validate, execute, formatError). */
export async function testServer(executor: Executor): Promise<KgServer> {
  return createServer({ executor, logger: createLogger('silent') });
}

export interface GqlResult<T> {
  data: T | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
}

export async function gql<T = Record<string, unknown>>(
  server: KgServer,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GqlResult<T>> {
  const res = await server.apollo.executeOperation({ query, variables }, { contextValue: contextFor(server) });
  assert(res.body.kind === 'single');
  return { data: res.body.singleResult.data as T | null | undefined, errors: res.body.singleResult.errors };
}

/** Runs an operation that must succeed and returns its data. */
export async function ok<T = Record<string, unknown>>(
  server: KgServer,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const r = await gql<T>(server, query, variables);
  if (r.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(r.errors)}`);
  return r.data as T;
}
