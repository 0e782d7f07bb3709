import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../logger';

/**
 * Body-parser and routing failures answer JSON in the GraphQL error shape, never Express's HTML page (which
 * would leak the stack in development and break clients that expect JSON).
 */
export function jsonErrorHandler(logger: Logger, maxBody: string): ErrorRequestHandler {
  return (err: unknown, _req, res, _next) => {
    const given = typeof err === 'object' && err !== null && 'status' in err ? err.status : undefined;
    const status = typeof given === 'number' && given >= 400 && given < 500 ? given : 500;
    if (status === 500) logger.error({ err }, 'http error');
    res.status(status).json({
      errors: [
        {
          message: status === 413 ? `Request body larger than ${maxBody}` : status === 500 ? 'Internal server error' : 'Malformed request',
          extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' },
        },
      ],
    });
  };
}

/** Unknown routes: a JSON NOT_FOUND in the same shape. */
export const jsonNotFound: RequestHandler = (_req, res) => {
  res.status(404).json({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
};
