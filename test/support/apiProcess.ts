import { ServerProcess } from '../../scripts/serverProcess';

/** The real start command (`src/main.ts`) in a child process, on a free port, with the given environment. */
export class ApiProcess extends ServerProcess {
  constructor() {
    super('API', 'src/main.ts');
  }
}

/** POSTs a GraphQL query; never throws on HTTP errors. */
export async function query(url: string, q: string): Promise<{ status: number; code?: string; body: any; ms: number }> {
  const t = Date.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: q }),
  });
  const body: any = await res.json().catch(() => null);
  return { status: res.status, code: body?.errors?.[0]?.extensions?.code, body, ms: Date.now() - t };
}
