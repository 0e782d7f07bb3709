import fs from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';
import { projectRoot } from '../config';

/** Where `npm run build:explorer` (run before `npm start` and `npm test`) writes the explorer SPA. */
export const EXPLORER_DIST = path.join(projectRoot, 'explorer', 'dist');

/** Serves the graph explorer's static build at /explorer; a clear message when it was not built. */
export function explorerRouter(): Router {
  const router = Router();
  router.use(express.static(EXPLORER_DIST, { index: 'index.html', fallthrough: true }));
  const page = (file: string) => (_req: express.Request, res: express.Response) => {
    if (!fs.existsSync(path.join(EXPLORER_DIST, file))) {
      res
        .status(503)
        .type('text')
        .send('The explorer is not built: run `npm run build:explorer` (npm start and npm test do it).');
      return;
    }
    res.sendFile(path.join(EXPLORER_DIST, file));
  };
  router.get('/', page('index.html'));
  // The overview page also answers without its .html (the address the docs give).
  router.get('/overview', page('overview.html'));
  return router;
}
