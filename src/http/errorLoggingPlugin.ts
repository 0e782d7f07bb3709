import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';
import type { Logger } from '../logger';

/**
 * Logs every error with its real cause and request id, and puts the request id on each error sent, so a user's
 * report ("requestId …") finds the masked cause in the log.
 */
export function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = Date.now();
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const e of errors) {
            const code = e.extensions?.code;
            const level = code === 'INTERNAL_SERVER_ERROR' || code === undefined ? 'error' : 'info';
            logger[level]({ requestId: contextValue.requestId, operationName, code, err: e.originalError ?? e }, e.message);
          }
        },
        async willSendResponse({ response, contextValue, operationName }) {
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({
              ...e,
              extensions: { ...e.extensions, requestId: contextValue.requestId },
            }));
          }
          logger.info({ requestId: contextValue.requestId, operationName, ms: Date.now() - started }, 'graphql request');
        },
      };
    },
  };
}
