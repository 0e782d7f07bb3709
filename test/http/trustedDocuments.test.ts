import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Executor } from '../../src/db/executor';
import { createLogger } from '../../src/logger';
import { createServer, type KgServer } from '../../src/server';
import { DEFAULT_MANIFEST } from '../../src/http/trustedDocuments';
import { resetAndSeed, testExecutor } from '../support/testDb';

/** Trusted documents over HTTP, in both modes, against the seed graph. */
const manifest = JSON.parse(fs.readFileSync(DEFAULT_MANIFEST, 'utf8')) as Record<string, string>;
const sha256 = (t: string) => createHash('sha256').update(t).digest('hex');
const idOf = (name: string) => {
  const found = Object.entries(manifest).find(
    ([, doc]) => doc.includes(`query ${name}(`) || doc.includes(`query ${name} `),
  );
  if (!found) throw new Error(`${name} is not in the manifest`);
  return found[0];
};
const UNREGISTERED = '{ stats { nodeCount } }';

let executor: Executor;
const servers: KgServer[] = [];
let open: string;
let strict: string;

async function listen(only: boolean): Promise<string> {
  const s = await createServer({ executor, logger: createLogger('silent'), trustedDocuments: { only } });
  servers.push(s);
  await new Promise<void>((r) => s.httpServer.listen(0, '127.0.0.1', () => r()));
  return `http://127.0.0.1:${(s.httpServer.address() as AddressInfo).port}/graphql`;
}

beforeAll(async () => {
  executor = testExecutor();
  await resetAndSeed(executor);
  open = await listen(false);
  strict = await listen(true);
  // Seeding on a loaded shared machine has taken over a minute.
}, 180_000);
afterAll(async () => {
  for (const s of servers) await s.stop();
  await executor.close();
});

async function post(
  url: string,
  body: unknown,
): Promise<{
  status: number;
  json: { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] };
}> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as never };
}
const byId = (hash: string, variables?: Record<string, unknown>) => ({
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
});
const codes = (r: Awaited<ReturnType<typeof post>>) => r.json.errors?.map((e) => e.extensions?.code);

describe.each([
  ['open', () => open],
  ['strict', () => strict],
])('%s mode', (_mode, url) => {
  it('answers a registered operation by its id alone', async () => {
    const r = await post(url(), byId(idOf('ExplorerEntity'), { id: 'kis' }));
    expect(r.status).toBe(200);
    expect(r.json.errors).toBeUndefined();
    expect(r.json.data).toMatchObject({ entity: { id: 'kis', type: expect.any(String) } });
  });

  it('answers a registered operation by documentId ("sha256:<hex>")', async () => {
    const r = await post(url(), { documentId: `sha256:${idOf('ExplorerStats')}` });
    expect(r.json.errors).toBeUndefined();
    expect((r.json.data?.stats as { byType: unknown[] }).byType.length).toBeGreaterThan(0);
  });

  it('answers the text of a registered operation (a README example pasted into GraphiQL)', async () => {
    const [hash, doc] = Object.entries(manifest).find(([, d]) => d.includes('How big is the graph?')) as [
      string,
      string,
    ];
    const r = await post(url(), { query: doc });
    expect(r.json.errors).toBeUndefined();
    expect(r.json.data?.stats).toBeDefined();
    expect(sha256(doc)).toBe(hash);
  });

  it('answers an unknown id with PERSISTED_QUERY_NOT_FOUND', async () => {
    const r = await post(url(), byId(sha256(UNREGISTERED)));
    expect(r.status).toBe(200);
    expect(codes(r)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });
});

describe('open mode', () => {
  it('answers unregistered text, and registers it by automatic persisted queries', async () => {
    const text = '{ stats { relationCount } }';
    expect(codes(await post(open, byId(sha256(text))))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    const registered = await post(open, { query: text, ...byId(sha256(text)) });
    expect(registered.json.errors).toBeUndefined();
    const again = await post(open, byId(sha256(text)));
    expect(again.json.data).toEqual(registered.json.data);
  });
});

describe('strict mode (TRUSTED_DOCUMENTS_ONLY=true)', () => {
  it('refuses an unregistered operation with 403 FORBIDDEN and runs nothing', async () => {
    const r = await post(strict, { query: UNREGISTERED });
    expect(r.status).toBe(403);
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(r.json.data).toBeUndefined();
  });

  it('refuses to register an operation by automatic persisted queries', async () => {
    const text = '{ stats { evidenceCount } }';
    expect(codes(await post(strict, { query: text, ...byId(sha256(text)) }))).toEqual(['FORBIDDEN']);
    expect(codes(await post(strict, byId(sha256(text))))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('refuses a registered id sent with a different text (no hash hijacking)', async () => {
    const r = await post(strict, { query: UNREGISTERED, ...byId(idOf('ExplorerStats')) });
    expect(r.status).toBe(400);
    expect(r.json.data).toBeUndefined();
  });

  it('refuses unregistered text sent by GET too', async () => {
    const res = await fetch(`${strict}?query=${encodeURIComponent(UNREGISTERED)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      'FORBIDDEN',
    );
  });
});
