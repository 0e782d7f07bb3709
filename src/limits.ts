import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
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
    onReject: [(ctx: ValidationContext | null, err: GraphQLError) => ctx?.reportError(new GraphQLError(err.message.replace(/^Syntax Error: /, '')))],
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

/**
 * The cost limit, computed once the operation and its variables are known (a validation rule cannot see
 * variables, and `first: $n` must count). Refused operations never execute.
 */
export function costLimitPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            ...(request.operationName ? { operationName: request.operationName } : {}),
            estimators: [listSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            // Variables that do not fit the operation: execution refuses them with BAD_USER_INPUT; no cost to check.
            return;
          }
          if (cost > LIMITS.maxCost) {
            throw new GraphQLError(`Operation too costly: estimated cost ${cost} exceeds the limit of ${LIMITS.maxCost}; ask for fewer items (first/limit) or fewer nested lists`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
