import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_LIST_ARGUMENT } from './resolvers/bounds';

/**
 * Limits that refuse abusive operations before they reach Neo4j. The values leave room for every query the README,
 * the explorer and the tests make (the deepest is 7 levels, the costliest about 30,000).
 */
export const LIMITS = {
  /** Selection depth: 12 covers entity → relations → from → relations → … four hops with their fields. */
  maxDepth: 12,
  /** Aliases per operation: enough to ask for a handful of entities side by side, not a flood. */
  maxAliases: 20,
  /** Directives per operation (@include/@skip); more is only useful to an attacker. */
  maxDirectives: 10,
  /** Estimated result size: each list field multiplies its subtree by its `first`/`limit` argument. */
  maxCost: 100_000,
} as const;

/**
 * Armor's depth, alias and directive rules, run in the validation phase. Armor throws by default, which Apollo
 * answers with a 500; reporting the error on the validation context gives GRAPHQL_VALIDATION_FAILED and HTTP 400.
 */
export function limitRules(): ValidationRule[] {
  const report = {
    propagateOnRejection: false,
    exposeLimits: true,
    onReject: [
      (ctx: ValidationContext | null, err: GraphQLError) =>
        ctx?.reportError(new GraphQLError(err.message.replace(/^Syntax Error: /, ''))),
    ],
  };
  return [
    maxDepthRule({ n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...report }),
    maxAliasesRule({ n: LIMITS.maxAliases, ...report }),
    maxDirectivesRule({ n: LIMITS.maxDirectives, ...report }),
  ] as ValidationRule[];
}

/**
 * A list field costs (1 + its subtree) × the number of items it may return (`first` or `limit`, defaults included).
 * Values above any field's maximum count as that maximum, so `first: 100000` reaches the resolver and gets the
 * clearer BAD_USER_INPUT naming the argument instead of a cost error.
 */
const listSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const n = typeof args.first === 'number' ? args.first : typeof args.limit === 'number' ? args.limit : undefined;
  return n === undefined ? undefined : (1 + childComplexity) * Math.min(MAX_LIST_ARGUMENT, Math.max(1, n));
};

/** Costs kept per document for distinct (operation name, variables): enough for a client's pages, bounded. */
const MAX_COSTS_PER_DOCUMENT = 64;

/**
 * The cost limit, computed once the operation and its variables are known (a validation rule cannot see
 * variables, and `first: $n` must count). Refused operations never execute.
 *
 * The cost is a function of the document, the operation name and the variables only, so it is kept per document:
 * Apollo hands every request with the same text (or id) the same parsed DocumentNode from its document cache, and
 * walking the operation again for each request was a visible part of a light request's CPU time.
 */
export function costLimitPlugin(): ApolloServerPlugin {
  const estimators = [listSizeEstimator, simpleEstimator({ defaultComplexity: 1 })];
  const costs = new WeakMap<DocumentNode, Map<string, number | null>>();
  const costOf = (
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | undefined,
    variables: Record<string, unknown>,
  ): number | null => {
    let known = costs.get(document);
    if (!known) costs.set(document, (known = new Map<string, number | null>()));
    const key =
      variables && Object.keys(variables).length
        ? `${operationName ?? ''}\u0000${JSON.stringify(variables)}`
        : (operationName ?? '');
    const cached = known.get(key);
    if (cached !== undefined) return cached;
    let cost: number | null;
    try {
      cost = getComplexity({
        schema,
        query: document,
        variables,
        ...(operationName ? { operationName } : {}),
        estimators,
      });
    } catch {
      // Variables that do not fit the operation: execution refuses them with BAD_USER_INPUT; no cost to check.
      cost = null;
    }
    if (known.size >= MAX_COSTS_PER_DOCUMENT) known.delete(known.keys().next().value as string);
    known.set(key, cost);
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const cost = costOf(schema, document, request.operationName ?? undefined, request.variables ?? {});
          if (cost === null) return;
          if (cost > LIMITS.maxCost) {
            throw new GraphQLError(
              `Operation too costly: estimated cost ${cost} exceeds the limit of ${LIMITS.maxCost}; ask for fewer items (first/limit) or fewer nested lists`,
              {
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}
