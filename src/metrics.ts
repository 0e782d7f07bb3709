import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Context } from './context';
import type { Executor } from './db/executor';

/** Distinct operation names kept as labels; the rest count as "other" so a client cannot blow up cardinality. */
const MAX_OPERATION_LABELS = 100;

/** Prometheus metrics of one server: requests and latency by operation, errors by code, Neo4j session use. */
export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private readonly requests = new Counter({ name: 'kg_graphql_requests_total', help: 'GraphQL requests by operation and outcome', labelNames: ['operation', 'outcome'], registers: [this.registry] });
  private readonly duration = new Histogram({
    name: 'kg_graphql_request_duration_seconds',
    help: 'GraphQL request latency by operation',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly errors = new Counter({ name: 'kg_graphql_errors_total', help: 'GraphQL errors by code', labelNames: ['code'], registers: [this.registry] });
  /** HTTP requests to /graphql received and not yet answered: what a drain on shutdown waits for. */
  private readonly inFlight = new Gauge({ name: 'kg_graphql_http_requests_in_flight', help: 'GraphQL HTTP requests received and not yet answered', registers: [this.registry] });

  constructor(executor: Executor) {
    collectDefaultMetrics({ register: this.registry, prefix: 'kg_' });
    new Gauge({
      name: 'kg_neo4j_active_sessions',
      help: 'Neo4j sessions in use (each holds a pooled connection)',
      registers: [this.registry],
      collect() {
        this.set(executor.activeSessions);
      },
    });
  }

  private label(operationName: string | null | undefined): string {
    const name = operationName && /^[A-Za-z_]\w{0,63}$/.test(operationName) ? operationName : operationName ? 'other' : 'anonymous';
    if (this.operations.has(name) || this.operations.size < MAX_OPERATION_LABELS) {
      this.operations.add(name);
      return name;
    }
    return 'other';
  }

  /** Express middleware counting a request as in flight from arrival until its response is finished or aborted. */
  inFlightMiddleware(): RequestHandler {
    return (_req, res, next) => {
      this.inFlight.inc();
      res.once('close', () => this.inFlight.dec());
      next();
    };
  }

  plugin(): ApolloServerPlugin<Context> {
    return {
      requestDidStart: async () => {
        const end = this.duration.startTimer();
        let failed = false;
        return {
          didEncounterErrors: async ({ errors }) => {
            failed = true;
            for (const e of errors) this.errors.inc({ code: typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR' });
          },
          willSendResponse: async ({ operationName, response }) => {
            const op = this.label(operationName);
            const hasErrors = response.body.kind === 'single' && Boolean(response.body.singleResult.errors?.length);
            end({ operation: op });
            this.requests.inc({ operation: op, outcome: failed || hasErrors ? 'error' : 'ok' });
          },
        };
      },
    };
  }
}
