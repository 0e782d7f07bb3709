import type { Request, RequestHandler, Response } from 'express';
import type { Executor } from '../db/executor';
import type { Logger } from '../logger';
import { ID_PATTERN } from '../domain/seedSchema';
import { exportGraph } from './exportGraph';
import { EXPORTS } from './formats';

/** At most this many start ids in one subgraph export. */
const MAX_EXPORT_IDS = 100;

function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * GET /export/<file>?ids=a,b&depth=1: the whole graph, or the part within `depth` (1..3) of the given entity ids,
 * as GraphML, GEXF, JSON or neo4j-admin CSV, streamed. Bad parameters → 400 BAD_USER_INPUT, unknown ids → 404.
 */
export function exportRoute(executor: Executor, logger: Logger): RequestHandler {
  return async (req: Request, res: Response) => {
    const file = String(req.params.file ?? '');
    const format = Object.prototype.hasOwnProperty.call(EXPORTS, file) ? EXPORTS[file] : undefined;
    if (!format) return fail(res, 404, 'NOT_FOUND', `No export "${file.slice(0, 50)}"; exports are ${Object.keys(EXPORTS).join(', ')}`);
    const rawIds = typeof req.query.ids === 'string' ? req.query.ids : undefined;
    const ids = rawIds === undefined ? undefined : rawIds.split(',').map((s) => s.trim()).filter(Boolean);
    if (ids && (!ids.length || ids.length > MAX_EXPORT_IDS || !ids.every((i) => ID_PATTERN.test(i) && i.length <= 200))) {
      return fail(res, 400, 'BAD_USER_INPUT', `Parameter "ids" must be 1 to ${MAX_EXPORT_IDS} comma-separated entity ids`);
    }
    const depthText = typeof req.query.depth === 'string' ? req.query.depth : '1';
    const depth = Number(depthText);
    if (!/^\d$/.test(depthText) || depth < 1 || depth > 3) return fail(res, 400, 'BAD_USER_INPUT', 'Parameter "depth" must be 1, 2 or 3');
    let started = false;
    const write = (chunk: string) =>
      new Promise<void>((resolve) => {
        if (!chunk) return resolve();
        if (!started) {
          started = true;
          res.status(200).attachment(ids ? `subgraph-${file}` : file).type(format.contentType);
        }
        if (res.write(chunk)) resolve();
        else res.once('drain', () => resolve());
      });
    try {
      const counts = await exportGraph(executor, { ...(ids ? { ids } : {}), depth }, format, write);
      if (!counts) return fail(res, 404, 'NOT_FOUND', 'One of the ids names no entity');
      res.end();
      logger.info({ file, ids: ids?.length ?? 'all', ...counts }, 'export');
    } catch (e) {
      logger.error({ err: e, file }, 'export failed');
      const code = (e as { extensions?: { code?: string } }).extensions?.code;
      if (!started) return fail(res, code === 'SERVICE_UNAVAILABLE' ? 503 : 500, code === 'SERVICE_UNAVAILABLE' ? code : 'INTERNAL_SERVER_ERROR', code === 'SERVICE_UNAVAILABLE' ? 'The database is unavailable; try again shortly' : 'Internal server error');
      res.destroy(); // a half-written file must not look complete
    }
  };
}
