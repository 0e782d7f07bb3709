import type { AddressInfo } from 'node:net';
import type { Executor } from '../../src/db/executor';
import { createLogger } from '../../src/logger';
import { createServer, type KgServer } from '../../src/server';
import { testExecutor } from '../support/testDb';

let executor: Executor;
let server: KgServer;
let base: string;
beforeAll(async () => {
  executor = testExecutor();
  server = await createServer({ executor, logger: createLogger('silent') });
  await new Promise<void>((r) => server.httpServer.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await server.stop();
  await executor.close();
});

describe('/graphiql works offline', () => {
  it('serves a page whose scripts and styles all come from this server', async () => {
    const res = await fetch(`${base}/graphiql`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
    expect(assets).toEqual([
      '/graphiql/assets/graphiql.css',
      '/graphiql/assets/react.js',
      '/graphiql/assets/react-dom.js',
      '/graphiql/assets/graphiql.js',
    ]);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain('Who runs or offers VrIP');
    for (const a of assets) {
      const r = await fetch(`${base}${a}`);
      expect({ a, status: r.status }).toEqual({ a, status: 200 });
      expect(r.headers.get('content-type')).toMatch(a.endsWith('.css') ? /text\/css/ : /javascript/);
      expect((await r.text()).length).toBeGreaterThan(1000);
    }
  });

  it('serves nothing else from node_modules', async () => {
    expect((await fetch(`${base}/graphiql/assets/..%2F..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${base}/graphiql/assets/express.js`)).status).toBe(404);
  });
});
